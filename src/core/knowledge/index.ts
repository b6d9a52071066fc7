/** The exam knowledge base: notes, their look-up by template position, hover and inline presentation. */
export type { Note, NoteKey, DomainId } from './note';
export { INLINE_MAX_LENGTH } from './note';
export { KnowledgeBase } from './knowledgeBase';
export { ALL_NOTES, KNOWLEDGE, NOTE_FILES } from './notes';
export { addressOf, type NoteAddress } from './address';
export { locate, type Located } from './locate';
export { noteAt, examHoverProvider } from './hover';
export { noteMarkdown, topicList, EXAM_SECTION_HEADING } from './markdown';
export { inlineHints, type InlineHint, type InlineMode } from './inline';
export { notedPlaces, type NotedPlace } from './places';
export { topicsByResource, resourceTopics } from './resourceTopics';
export { allTopics, topicOf, domainOf, type Topic, type Domain } from './topics';
