import { keep, kept, memoKey } from '../memo';
import type { Template } from '../template';
import type { ChildTemplates } from './types';

// The host reads child templates (files, open editors); a template is never changed once parsed, so
// what it was given is kept in its memo rather than in it.
const CHILDREN = memoKey<ChildTemplates>('child templates');

/** Gives an analysis of `template` the child templates its host read (see localTemplateLocations). */
export function attachChildTemplates(template: Template, children: ChildTemplates): void {
  keep(template, CHILDREN, children);
}

/** The child templates attached to `template`: none unless the host read some. */
export function childTemplatesOf(template: Template): ChildTemplates {
  return kept(template, CHILDREN) ?? EMPTY;
}

const EMPTY: ChildTemplates = new Map();
