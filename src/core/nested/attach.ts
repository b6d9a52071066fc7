import type { Template } from '../template';
import type { ChildTemplates } from './types';

// The host reads child templates (files, open editors); a template is never changed once parsed, so
// what it was given is kept beside it rather than in it.
const childrenByTemplate = new WeakMap<Template, ChildTemplates>();

/** Gives an analysis of `template` the child templates its host read (see localTemplateLocations). */
export function attachChildTemplates(template: Template, children: ChildTemplates): void {
  childrenByTemplate.set(template, children);
}

/** The child templates attached to `template`: none unless the host read some. */
export function childTemplatesOf(template: Template): ChildTemplates {
  return childrenByTemplate.get(template) ?? EMPTY;
}

const EMPTY: ChildTemplates = new Map();
