import type { Span } from '../model';
import type { Template } from '../template';
import { sourceSpanOf } from './scalarSource';
import type { Reference } from './types';

/** The reference, with where its name stands in `node` (value offsets start..end) worked out on first read. */
export function withLazySpan(fields: Omit<Reference, 'span' | 'exact'>, template: Template, start: number, end: number): Reference {
  const reference = fields as Reference;
  let source: { span: Span; exact: boolean } | undefined;
  const located = () => (source ??= sourceSpanOf(template, reference.node, start, end));
  lazily(reference, 'span', () => located().span);
  lazily(reference, 'exact', () => located().exact);
  return reference;
}

/**
 * Defines a property worked out on first read (or replaced by a write): most references are never
 * reported or navigated to, and finding where a name stands in a quoted or block scalar means decoding it.
 */
export function lazily<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    get: () => {
      const value = compute();
      settle(value);
      return value;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}
