import { ALL_NOTES, KNOWLEDGE, KnowledgeBase, locate, topicList, type NotedPlace, type Note } from '../knowledge';
import { isScalar, nodeAt } from '../model';
import { resourceById, resourceDeclarations, type ResourceDeclaration } from '../sections';
import type { Template } from '../template';
import { studyPlaces } from './places';
import { topicSites } from './sites';
import { studyTopics } from './topics';

/** One noted setting of a resource (or of the template), as the sheet lists it. */
interface SheetEntry {
  /** `Properties.HealthCheckType`, or undefined for the resource's own note. */
  where?: string;
  note: Note;
}

/**
 * A Markdown study sheet for one template: its resources with their types, the exam notes that
 * apply to each (hover text, traps, documentation), the traps gathered, the topics exercised.
 * `notes` defaults to the knowledge base (tests bring their own).
 */
export function studySheet(template: Template, fileName: string, notes: readonly Note[] = ALL_NOTES): string {
  const knowledge = notes === ALL_NOTES ? KNOWLEDGE : new KnowledgeBase(notes);
  const placesByOwner = groupedByOwner(studyPlaces(template, knowledge));
  const resources = resourceDeclarations(template.root);
  const entriesOf = (logicalId?: string): SheetEntry[] => sheetEntries(template, placesByOwner.get(logicalId) ?? []);
  const templateEntries = entriesOf(undefined);
  const parts = [`# Study sheet: ${fileName}`, summaryLine(template, resources.length)];
  parts.push(...trapsSection(resources, entriesOf, templateEntries));
  parts.push('## Resources');
  if (resources.length === 0) parts.push('_This template declares no resources._');
  for (const resource of resources) parts.push(...resourceSection(resource, entriesOf(resource.logicalId)));
  if (templateEntries.length > 0) parts.push('## Template-level settings', ...templateEntries.map(entrySection));
  parts.push(...topicsSection(template, knowledge));
  return parts.join('\n\n') + '\n';
}

function summaryLine(template: Template, resourceCount: number): string {
  const plural = resourceCount === 1 ? 'resource' : 'resources';
  return `${resourceCount} ${plural} · ${template.format === 'json' ? 'JSON' : 'YAML'} · made by CloudFormation Exam Coach`;
}

/** The places of each resource (and, under undefined, of the template), in document order. */
function groupedByOwner(places: readonly NotedPlace[]): Map<string | undefined, NotedPlace[]> {
  const grouped = new Map<string | undefined, NotedPlace[]>();
  for (const place of places) {
    const list = grouped.get(place.logicalId);
    if (list) list.push(place);
    else grouped.set(place.logicalId, [place]);
  }
  return grouped;
}

/** Each note once per resource, in document order, with the dotted path of the key it sits on. */
function sheetEntries(template: Template, places: readonly NotedPlace[]): SheetEntry[] {
  const seen = new Set<string>();
  const entries: SheetEntry[] = [];
  for (const place of places) {
    if (seen.has(place.note.id)) continue;
    seen.add(place.note.id);
    entries.push(place.isResource ? { note: place.note } : { where: whereOf(template, place), note: place.note });
  }
  return entries;
}

/** The dotted path of the place's key, from the resource's own map (or the template's root). */
function whereOf(template: Template, place: NotedPlace): string {
  // Looked up from the resource's own map: from the root, each look-up would pass every resource before it.
  const from = place.logicalId === undefined ? template.root : resourceById(template.root, place.logicalId)?.body;
  const own = locate(from, place.offset)?.path ?? [];
  return own.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment), '');
}

/**
 * The traps that apply to this template as written, each once with every place it applies to: a
 * note's trap is left out for a resource that sets what defuses it (`trapUnless`: a group with an
 * UpdatePolicy is not caught by "without an UpdatePolicy") or lacks what it needs (`trapOnlyWith`).
 */
function trapsSection(resources: readonly ResourceDeclaration[], entriesOf: (logicalId?: string) => SheetEntry[], templateEntries: SheetEntry[]): string[] {
  const traps = new Map<string, { trap: string; owners: string[] }>();
  const add = (owner: string, entry: SheetEntry): void => {
    if (!entry.note.trap) return;
    const found = traps.get(entry.note.id) ?? { trap: entry.note.trap, owners: [] };
    found.owners.push(`**${owner}**${entry.where ? ` \`${entry.where}\`` : ''}`);
    traps.set(entry.note.id, found);
  };
  for (const resource of resources) {
    for (const entry of entriesOf(resource.logicalId)) if (!defused(resource, entry.note)) add(resource.logicalId, entry);
  }
  for (const entry of templateEntries) add('Template', entry);
  const lines = [...traps.values()].map(({ trap, owners }) => `- ${owners.join(', ')}: ${trap}`);
  return lines.length > 0 ? ['## Traps in this template', lines.join('\n')] : [];
}

function defused(resource: ResourceDeclaration, note: Note): boolean {
  return (note.trapUnless !== undefined && holds(resource, note.trapUnless)) || (note.trapOnlyWith !== undefined && !holds(resource, note.trapOnlyWith));
}

/** Whether the resource sets `path` (`Properties.Type`), or sets it to the value after `=` (`Properties.Type=SecureString`). */
function holds(resource: ResourceDeclaration, condition: string): boolean {
  const [path, value] = condition.split('=');
  const node = nodeAt(resource.body, path.split('.'));
  if (value === undefined) return node !== undefined;
  return isScalar(node) && String(node.value) === value;
}

function resourceSection(resource: ResourceDeclaration, entries: SheetEntry[]): string[] {
  const heading = `### ${resource.logicalId} (\`${resource.type ?? 'no Type'}\`)`;
  if (entries.length === 0) return [heading, '_No exam notes for this resource yet._'];
  return [heading, ...entries.map(entrySection)];
}

function entrySection({ where, note }: SheetEntry): string {
  const lines = [`#### ${where ? `\`${where}\`` : 'The resource'}: ${note.inline}`, '', note.does, '', `**Exam angle.** ${note.exam}`];
  if (note.trap) lines.push('', `> **Trap.** ${note.trap}`);
  lines.push('', `Topics: ${topicList(note.topics)} · [AWS documentation](${note.url})`);
  return lines.join('\n');
}

function topicsSection(template: Template, knowledge: KnowledgeBase): string[] {
  const covered = new Set(topicSites('', template, knowledge).keys());
  const topics = studyTopics().filter((topic) => covered.has(topic.id));
  if (topics.length === 0) return ['## Topics covered', '_None yet: add an exam snippet (type `cfn-` under `Resources`)._'];
  return ['## Topics covered', topics.map((topic) => `- ${topic.id} ${topic.title} (${topic.section}; ${topic.domains.join(', ')})`).join('\n')];
}
