/** The analysis library: everything the server, the CLI and the tests call. No editor imports here. */
export * from './model';
export * from './findings';
export * from './lines';
export * from './intrinsics';
export * from './detect';
export * from './template';
export * from './analyze';
export { oneFindingPerProblem } from './oneFindingPerProblem';
export * from './sections';
export * from './hover';
export { hoverWithFindings } from './hover/findingHover';
export * from './completion';
export * from './schema';
export * from './convert';
export * from './nested';
export { hasMacro } from './transforms';
export type { Rule } from './rules/rule';
