/** T30: event patterns whose detail-type names an event the AWS source they match never sends. */
import { entryOf, isMap, isSeq, isString, type MapNode, type NodePath, type ScalarNode, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckContext, CheckHit } from '../types';
import { intrinsicName } from '../support/values';
import { CLOUDTRAIL_DETAIL_TYPE, PARTIAL_DETAIL_TYPES, SERVICE_DETAIL_TYPES } from './eventDetailTypes';

const RULE = 'AWS::Events::Rule';
const SAM_TYPES = ['AWS::Serverless::Function', 'AWS::Serverless::StateMachine'];
const SAM_EVENT_TYPES = new Set(['EventBridgeRule', 'CloudWatchEvent']);
const REFERENCE_PAGE = 'https://docs.aws.amazon.com/eventbridge/latest/ref/events.html';

/** One item of a pattern field: a literal string (with its node when the pattern is a template map), or unknown. */
export type Item = { value: string; node?: ScalarNode } | undefined;

/** A pattern where it is written: a template map, or JSON text. */
export interface PatternAt {
  resource: ResourceDeclaration;
  /** The node holding the whole pattern. */
  node: TemplateNode;
  path: NodePath;
  /** Each top-level field's items, when the field is a list (undefined when it is anything else). */
  field(name: string): Item[] | undefined;
  /** The items of a field under `detail`, when it is a list, and where it is (for a template map). */
  detail(name: string): { items: Item[]; path: NodePath } | undefined;
  /** The detail-type list's node, when the pattern is a template map. */
  map?: MapNode;
}

function patternAt(resource: ResourceDeclaration, node: TemplateNode | undefined, path: NodePath): PatternAt | undefined {
  if (isMap(node) && intrinsicName(node) === undefined) {
    return {
      resource,
      node,
      path,
      map: node,
      field(name) {
        return itemsOf(entryOf(node, name)?.value);
      },
      detail(name) {
        const items = itemsOf(entryOf(entryOf(node, 'detail')?.value, name)?.value);
        return items && { items, path: [...path, 'detail', name] };
      },
    };
  }
  if (!isString(node)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(node.value);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const fields = parsed as Record<string, unknown>;
  return {
    resource,
    node,
    path,
    field(name) {
      return jsonItems(fields, name);
    },
    detail(name) {
      const detail = fields.detail;
      const items = detail !== null && typeof detail === 'object' && !Array.isArray(detail) ? jsonItems(detail as Record<string, unknown>, name) : undefined;
      return items && { items, path };
    },
  };
}

function itemsOf(value: TemplateNode | undefined): Item[] | undefined {
  if (!isSeq(value)) return undefined;
  return value.items.map((item) => (isString(item) ? { value: item.value, node: item } : undefined));
}

function jsonItems(fields: Record<string, unknown>, name: string): Item[] | undefined {
  const value = Object.hasOwn(fields, name) ? fields[name] : undefined;
  if (!Array.isArray(value)) return undefined;
  return value.map((item) => (typeof item === 'string' ? { value: item } : undefined));
}

/** Every event pattern of the template: rules' EventPattern, and the Pattern of SAM EventBridgeRule/CloudWatchEvent events. */
export function patterns(context: CheckContext): PatternAt[] {
  const found: PatternAt[] = [];
  for (const rule of context.resources(RULE)) {
    const pattern = patternAt(rule, entryOf(rule.properties, 'EventPattern')?.value, ['Resources', rule.logicalId, 'Properties', 'EventPattern']);
    if (pattern) found.push(pattern);
  }
  for (const resource of context.resources(...SAM_TYPES)) {
    const events = entryOf(resource.properties, 'Events')?.value;
    if (!isMap(events) || intrinsicName(events) !== undefined) continue;
    for (const event of events.entries) {
      const type = entryOf(event.value, 'Type')?.value;
      if (!isString(type) || !SAM_EVENT_TYPES.has(type.value)) continue;
      const node = entryOf(entryOf(event.value, 'Properties')?.value, 'Pattern')?.value;
      const pattern = patternAt(resource, node, ['Resources', resource.logicalId, 'Properties', 'Events', event.key.value, 'Properties', 'Pattern']);
      if (pattern) found.push(pattern);
    }
  }
  return found;
}

/** The source that sends this detail-type, when a service here does. */
function senderOf(detailType: string): string | undefined {
  for (const [source, { types }] of Object.entries(SERVICE_DETAIL_TYPES)) if (types.includes(detailType)) return source;
  for (const [source, types] of Object.entries(PARTIAL_DETAIL_TYPES)) if (types.includes(detailType)) return source;
  return undefined;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== ''));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/**
 * The real detail-type the pattern most likely meant: a near spelling first (case, hyphens, a few
 * letters), else the one sharing the most words, else the source's main event (listed first).
 */
export function closestDetailType(written: string, candidates: readonly string[]): string {
  return closest(written, candidates).type;
}

/** The closest detail-type, and whether it is a near spelling (then a quick fix may write it). */
function closest(written: string, candidates: readonly string[]): { type: string; near: boolean } {
  const lower = written.toLowerCase();
  const allowed = Math.min(6, Math.max(2, Math.floor(written.length / 5)));
  let best = candidates[0];
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  if (bestDistance <= allowed) return { type: best, near: true };
  const mine = words(written);
  let bestShare = 0;
  for (const candidate of candidates) {
    const theirs = words(candidate);
    const shared = [...mine].filter((word) => theirs.has(word)).length;
    const share = shared / (mine.size + theirs.size - shared);
    if (share > bestShare) [best, bestShare] = [candidate, share];
  }
  return { type: best, near: false };
}

/** CX3024: `source: [aws.codecommit]` with `detail-type: [CodeCommit Push]` matches nothing. */
export const eventDetailTypeNeverSent: CatalogueCheck = {
  id: 'CX3024',
  title: 'Event pattern with a detail-type that its AWS source never sends',
  topics: ['T30'],
  severity: 'warning',
  url: REFERENCE_PAGE,
  explanation: {
    what:
      'EventBridge compares a pattern with each event value by value, exactly and case-sensitively. Each AWS service sends a ' +
      'fixed set of detail-types (aws.codecommit sends "CodeCommit Repository State Change", never "CodeCommit Push"), so a ' +
      'pattern whose detail-type is not one of them matches no event: the rule is accepted, and then nothing happens, with no ' +
      'error, no failed invocation and no metric to alarm on.',
    exam:
      'react to service events with source plus the exact detail-type from the EventBridge events reference (e.g. "CodePipeline ' +
      'Pipeline Execution State Change", "EC2 Instance State-change Notification", "Inspector2 Finding"), narrowed under detail; ' +
      'check a pattern against a sample event with the sandbox or TestEventPattern.',
    scenario: 'the rule was created, the target has the right permissions, yet the rule never triggers',
    trap:
      'API calls come from the same source with the detail-type "AWS API Call via CloudTrail" (and need a trail); service ' +
      'events have their own names, often with a hyphen ("State-change") or different words than the console shows.',
  },
  resourceTypes: [RULE, ...SAM_TYPES],
  run(context) {
    const hits: CheckHit[] = [];
    for (const pattern of patterns(context)) {
      const sources = pattern.field('source');
      const types = pattern.field('detail-type');
      if (!sources || sources.length === 0 || !types) continue;
      // Only sources known here, all written literally: any other source may send any detail-type.
      if (sources.some((item) => item === undefined || !Object.hasOwn(SERVICE_DETAIL_TYPES, item.value))) continue;
      const names = sources.map((item) => item!.value);
      const sent = names.flatMap((name) => SERVICE_DETAIL_TYPES[name].types);
      const dead = types.filter((item): item is NonNullable<Item> => item !== undefined && !CLOUDTRAIL_DETAIL_TYPE.test(item.value) && !sent.includes(item.value));
      const never = dead.length === types.length;
      for (const item of dead) {
        // Written under the wrong source (aws.ec2 with 'ECS Service Action'): say where it comes from rather than guess.
        const sender = senderOf(item.value);
        const guess = sender ? undefined : closest(item.value, sent);
        const from = names.length === 1 ? names[0] : `any of ${names.join(', ')}`;
        // A quick fix only for a near spelling (case, hyphen, a typo); other guesses stay in the message.
        const fix = item.node && guess?.near ? { title: `Match '${guess.type}'`, edits: [replaceScalar(context.template, item.node, guess.type)] } : undefined;
        hits.push({
          message:
            `The event pattern of '${pattern.resource.logicalId}' matches detail-type '${item.value}', which ${from} never sends: ` +
            `${never ? 'the rule never fires' : 'that value matches no event'}` +
            (sender ? ` ('${item.value}' comes from ${sender})` : ` (did you mean '${guess!.type}'?)`),
          span: (item.node ?? pattern.node).span,
          path: pattern.map ? [...pattern.path, 'detail-type'] : pattern.path,
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return hits;
  },
};
