/** The template graph: resources and their references, a layered layout, and what a change would replace. */
export * from './types';
export { templateGraph } from './graph';
export { replacementDiff, samePlain } from './diff';
export { layoutGraph, nodeWidth, typeLabel, type EdgeRoute, type GraphLayout, type NodePlacement, type Point } from './layout';
