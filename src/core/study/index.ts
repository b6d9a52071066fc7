/** The study experience's core: topic coverage of a set of templates and the Markdown study sheet. */
export { studyCoverage, type Coverage, type DomainCoverage, type NoteSummary, type StudyFile, type TopicCoverage } from './coverage';
export { studySheet } from './sheet';
export type { TopicSite } from './sites';
export type { SnippetRef } from './snippetTopics';
export { studyDomains, studyTopics, type StudyTopic } from './topics';
