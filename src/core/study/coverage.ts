import { ALL_NOTES, KNOWLEDGE, KnowledgeBase, type Domain, type DomainId, type Note } from '../knowledge';
import type { Template } from '../template';
import { topicSites, type TopicSite } from './sites';
import { snippetsForTopic, type SnippetRef } from './snippetTopics';
import { studyDomains, studyTopics } from './topics';

/** One template of the workspace, already parsed. */
export interface StudyFile {
  uri: string;
  template: Template;
}

/** A note as the study panel shows it. */
export interface NoteSummary {
  id: string;
  inline: string;
  does: string;
  exam: string;
  trap?: string;
  url: string;
}

export interface TopicCoverage {
  id: string;
  title: string;
  section: string;
  domains: DomainId[];
  covered: boolean;
  /** Where the templates exercise the topic, by file then position. */
  sites: TopicSite[];
  /** Snippets that practise the topic (the way to cover it when it is missing). */
  snippets: SnippetRef[];
  /** The exam notes tagged with the topic, for reading progress. */
  notes: NoteSummary[];
}

export interface DomainCoverage extends Domain {
  /** Topic ids of the domain, in order. */
  topics: string[];
  covered: number;
}

export interface Coverage {
  /** How many of the files given are CloudFormation templates. */
  templates: number;
  domains: DomainCoverage[];
  topics: TopicCoverage[];
}

/**
 * Which exam topics a set of templates exercises, where, and how to practise the ones they do not.
 * `notes` defaults to the knowledge base (tests bring their own).
 */
export function studyCoverage(files: readonly StudyFile[], notes: readonly Note[] = ALL_NOTES): Coverage {
  const knowledge = notes === ALL_NOTES ? KNOWLEDGE : new KnowledgeBase(notes);
  const templates = files.filter((file) => file.template.isTemplate);
  const sitesByTopic = new Map<string, { site: TopicSite; offset: number; order: number }[]>();
  templates.forEach((file, order) => {
    for (const [topic, drafts] of topicSites(file.uri, file.template, knowledge)) {
      sitesByTopic.set(topic, [...(sitesByTopic.get(topic) ?? []), ...drafts.map((draft) => ({ ...draft, order }))]);
    }
  });
  const topics = studyTopics().map((topic): TopicCoverage => {
    const sites = (sitesByTopic.get(topic.id) ?? []).sort((a, b) => a.order - b.order || a.offset - b.offset).map((draft) => draft.site);
    return { ...topic, covered: sites.length > 0, sites, snippets: snippetsForTopic(topic.id), notes: notes.filter((note) => note.topics.includes(topic.id)).map(summary) };
  });
  const domains = studyDomains().map((domain): DomainCoverage => {
    const inDomain = topics.filter((topic) => topic.domains.includes(domain.id));
    return { ...domain, topics: inDomain.map((topic) => topic.id), covered: inDomain.filter((topic) => topic.covered).length };
  });
  return { templates: templates.length, domains, topics };
}

function summary(note: Note): NoteSummary {
  const { id, inline, does, exam, trap, url } = note;
  return trap === undefined ? { id, inline, does, exam, url } : { id, inline, does, exam, trap, url };
}
