import type { Note } from './note';
import { domainOf, topicOf } from './topics';

export const EXAM_SECTION_HEADING = '### Why this matters on the exam';

/** The hover section for a note: what it does, the exam angle, the trap, topics, domain and docs link. */
export function noteMarkdown(note: Note): string {
  const parts = [EXAM_SECTION_HEADING, note.does, `**Exam angle.** ${note.exam}`];
  if (note.trap) parts.push(`**Trap.** ${note.trap}`);
  if (note.related?.length) parts.push(`**Related:** ${note.related.map((name) => `\`${name}\``).join(', ')}`);
  parts.push(`**Topics:** ${topicList(note.topics)}`);
  const domain = domainOf(note.domain);
  parts.push(`**Domain:** ${domain.id} ${domain.name} (${domain.weight}% of the exam) · [AWS documentation](${note.url})`);
  return parts.join('\n\n');
}

/** `T09 Stack updates of the group (Auto Scaling) · …` */
export function topicList(ids: readonly string[]): string {
  return ids
    .map((id) => {
      const topic = topicOf(id);
      return topic ? `${id} ${topic.title} (${topic.section})` : id;
    })
    .join(' · ');
}
