import { KNOWLEDGE, type KnowledgeBase } from '../knowledge';
import type { Position } from '../lines';
import { isMap, type Span } from '../model';
import { resourceDeclarations } from '../sections';
import type { Template } from '../template';
import { evidenceTopics, exercisedTopics, TYPES_DECIDED_BY_SETTINGS } from './evidence';
import { meetsTopicRequirements } from './requirements';
import { studyPlaces } from './places';
import { snippetTopicOfType } from './snippetTopics';

/** A place in a template that exercises a topic: a resource, or a template-level key such as `Transform`. */
export interface TopicSite {
  uri: string;
  /** The resource's logical ID; absent for template-level keys. */
  logicalId?: string;
  /** The logical ID, or the template-level key. */
  label: string;
  /** The logical ID's (or the key's) range. */
  range: { start: Position; end: Position };
  /** What makes it count: note ids and snippet prefixes, sorted. */
  via: string[];
}

export interface SiteDraft {
  site: TopicSite;
  offset: number;
}

/**
 * topic id → sites in this template; each (topic, resource) pair once, its reasons merged; a topic
 * about a combination only when the template has it (see requirements.ts).
 */
export function topicSites(uri: string, template: Template, knowledge: KnowledgeBase = KNOWLEDGE): Map<string, SiteDraft[]> {
  const byTopic = new Map<string, Map<string, SiteDraft>>();
  const add = (topic: string, label: string, span: Span, via: string, logicalId?: string): void => {
    const sites = byTopic.get(topic) ?? new Map<string, SiteDraft>();
    byTopic.set(topic, sites);
    const key = `${logicalId === undefined ? 'key' : 'resource'}:${label}`;
    const existing = sites.get(key);
    if (existing) {
      if (!existing.site.via.includes(via)) existing.site.via = [...existing.site.via, via].sort();
      return;
    }
    const range = { start: template.lines.positionAt(span.start), end: template.lines.positionAt(span.end) };
    sites.set(key, { offset: span.start, site: { uri, ...(logicalId === undefined ? {} : { logicalId }), label, range, via: [via] } });
  };
  const resources = new Map(resourceDeclarations(template.root).map((resource) => [resource.logicalId, resource]));
  const typeTopics = [...resources.values()].flatMap((resource) => {
    // A Route 53 record is weighted or failover by its routing policy, not by the snippet that declares its type.
    const decided = resource.type !== undefined && TYPES_DECIDED_BY_SETTINGS.has(resource.type);
    const matched = resource.type && !decided ? snippetTopicOfType(resource.type) : undefined;
    return matched ? [{ resource, ...matched }] : [];
  });
  const places = studyPlaces(template, knowledge);
  const exercised = exercisedTopics(places, typeTopics.map(({ topic }) => topic));
  for (const place of places) {
    const resource = place.logicalId === undefined ? undefined : resources.get(place.logicalId);
    const anchor = resource ? { label: resource.logicalId, span: resource.key.span } : topLevelKeyAt(template, place.offset);
    if (!anchor) continue;
    for (const topic of evidenceTopics(place, exercised)) add(topic, anchor.label, anchor.span, place.note.id, resource?.logicalId);
  }
  for (const { resource, topic, prefixes } of typeTopics) {
    for (const prefix of prefixes) add(topic, resource.logicalId, resource.key.span, prefix, resource.logicalId);
  }
  return new Map(
    [...byTopic].filter(([topic]) => meetsTopicRequirements(template, topic)).map(([topic, sites]) => [topic, [...sites.values()]]),
  );
}

function topLevelKeyAt(template: Template, offset: number): { label: string; span: Span } | undefined {
  if (!isMap(template.root)) return undefined;
  const entry = template.root.entries.find((candidate) => candidate.span.start <= offset && offset < candidate.span.end);
  return entry ? { label: entry.key.value, span: entry.key.span } : undefined;
}
