import type { DomainId } from '../knowledge/note';
import type { Score } from '../practice/scores';
import type { Coverage, DomainCoverage, NoteSummary, TopicCoverage } from './coverage';
import { escapeHtml as esc, inlineMarkdownToHtml as md } from './inlineMarkdown';
import type { TopicSite } from './sites';

/** What the panel needs besides the coverage: read notes and how to name a file. */
export interface PanelState {
  readNotes: ReadonlySet<string>;
  /** A short name for a file, e.g. its workspace-relative path. */
  fileLabel(uri: string): string;
  /** Practice answers by domain (the practice panel's Leitner record); none shown when absent. */
  practice?: ReadonlyMap<DomainId, Score>;
}

/**
 * The study panel's content: domains with weights and progress, each topic covered (with the
 * resources covering it) or missing (with the snippets that practise it), and its exam notes.
 * Plain HTML with real buttons, links and checkboxes; media/study/study.js handles the actions.
 */
export function studyPanelBody(coverage: Coverage, state: PanelState): string {
  const byId = new Map(coverage.topics.map((topic) => [topic.id, topic]));
  const covered = coverage.topics.filter((topic) => topic.covered).length;
  const allNotes = uniqueNotes(coverage.topics);
  const header =
    `<header><h1>Exam topic coverage</h1><p class="summary">${coverage.templates} ${coverage.templates === 1 ? 'template' : 'templates'} · ` +
    `<span data-summary="topics">${covered} of ${coverage.topics.length} topics covered</span> · ` +
    `${progressText(allNotes, state)}</p>` +
    `<p><button type="button" data-action="refresh">Refresh</button> <button type="button" data-action="resetProgress">Reset reading progress</button></p></header>`;
  const domains = coverage.domains.map((domain) => domainSection(domain, domain.topics.map((id) => byId.get(id)!), state));
  return `${header}\n${domains.join('\n')}`;
}

function uniqueNotes(topics: readonly TopicCoverage[]): NoteSummary[] {
  return [...new Map(topics.flatMap((topic) => topic.notes).map((note) => [note.id, note])).values()];
}

function progressText(notes: readonly NoteSummary[], state: PanelState): string {
  const read = notes.filter((note) => state.readNotes.has(note.id)).length;
  return `<span data-summary="notes">notes read ${read} of ${notes.length}</span> <progress max="${notes.length}" value="${read}" aria-hidden="true"></progress>`;
}

function domainSection(domain: DomainCoverage, topics: TopicCoverage[], state: PanelState): string {
  const headingId = `domain-${domain.id}`;
  return (
    `<section class="domain" aria-labelledby="${headingId}" data-domain="${domain.id}">` +
    `<h2 id="${headingId}">${domain.id} ${esc(domain.name)} <span class="weight">${domain.weight}% of the exam</span></h2>` +
    `<p class="summary">${domain.covered} of ${domain.topics.length} topics covered · ${progressText(uniqueNotes(topics), state)}${practiceText(domain.id, state)}</p>` +
    `<ul class="topics">${topics.map((topic) => topicItem(domain.id, topic, state)).join('')}</ul></section>`
  );
}

function practiceText(domain: DomainId, state: PanelState): string {
  if (!state.practice) return '';
  const score = state.practice.get(domain);
  const text = !score || score.total === 0 ? 'no practice answers yet' : `practice ${score.right} of ${score.total} right (${Math.round((100 * score.right) / score.total)}%)`;
  return ` · <span data-summary="practice">${text}</span>`;
}

function topicItem(domainId: string, topic: TopicCoverage, state: PanelState): string {
  const status = topic.covered ? 'covered' : 'missing';
  const icon = topic.covered ? '✓' : '○';
  const body = topic.covered ? sitesList(topic.sites, state) : snippetsList(topic);
  return (
    `<li class="topic ${status}" data-topic="${topic.id}">` +
    `<h3><span class="icon" aria-hidden="true">${icon}</span> ${topic.id} ${esc(topic.title)} ` +
    `<span class="status">${topic.covered ? 'covered' : 'not covered yet'}</span></h3>` +
    body +
    notesBlock(`${domainId}-${topic.id}`, topic.notes, state) +
    `</li>`
  );
}

function sitesList(sites: readonly TopicSite[], state: PanelState): string {
  const items = sites.map((site) => {
    const where = `${site.label} — ${state.fileLabel(site.uri)}:${site.range.start.line + 1}`;
    const data = `data-action="openSite" data-uri="${esc(site.uri)}" data-line="${site.range.start.line}" data-character="${site.range.start.character}"`;
    return `<li><button type="button" class="link" ${data} title="Open ${esc(site.label)}">${esc(where)}</button></li>`;
  });
  return `<ul class="sites" aria-label="Resources that cover this topic">${items.join('')}</ul>`;
}

function snippetsList(topic: TopicCoverage): string {
  const items = topic.snippets.map(
    (snippet) =>
      `<li><button type="button" data-action="newLab" data-prefix="${esc(snippet.prefix)}">Open lab: ${esc(snippet.title)}</button> ` +
      `<span class="hint">or type <code>${esc(snippet.prefix)}</code> under <code>Resources</code></span></li>`,
  );
  return items.length > 0 ? `<ul class="snippets" aria-label="Snippets that practise this topic">${items.join('')}</ul>` : '';
}

function notesBlock(key: string, notes: readonly NoteSummary[], state: PanelState): string {
  if (notes.length === 0) return '';
  const read = notes.filter((note) => state.readNotes.has(note.id)).length;
  const items = notes.map((note) => noteItem(key, note, state.readNotes.has(note.id)));
  return (
    `<details class="notes" data-details="${key}"><summary>Exam notes: ${read} of ${notes.length} read</summary>` +
    `<ul>${items.join('')}</ul></details>`
  );
}

function noteItem(key: string, note: NoteSummary, read: boolean): string {
  const checkboxId = `read-${key}-${note.id}`;
  const trap = note.trap ? `<p class="trap"><strong>Trap.</strong> ${md(note.trap)}</p>` : '';
  return (
    `<li class="note${read ? ' read' : ''}">` +
    `<details data-details="${key}-${note.id}" data-note="${esc(note.id)}"><summary>${esc(note.inline)}</summary>` +
    `<p>${md(note.does)}</p><p><strong>Exam angle.</strong> ${md(note.exam)}</p>${trap}` +
    `<p><a href="${esc(note.url)}" data-action="openUrl" data-url="${esc(note.url)}">AWS documentation</a></p></details>` +
    `<span class="read-toggle"><input type="checkbox" id="${checkboxId}" data-action="toggleRead" data-note="${esc(note.id)}" aria-label="Read: ${esc(note.inline)}"${read ? ' checked' : ''}>` +
    `<label for="${checkboxId}">read</label></span></li>`
  );
}
