export type { ChildParameter, ChildTemplate, ChildTemplates } from './types';
export { isLocalPath, localChildren, localTemplateLocations, type LocalChild } from './locations';
export { childTemplateOf } from './summary';
export { attachChildTemplates, childTemplatesOf } from './attach';
export { ChildTemplateReader, type ChildText } from './reader';
export { childTargetAt, childDeclarationSpan, type ChildTarget } from './navigation';
