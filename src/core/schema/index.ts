/** The resource schema: types, properties, attributes; see schema.ts for how to use it. */
export * from './schema';
export * from './current';
export * from './valueType';
export * from './resolve';
export * from './suggest';
export { intrinsicOf, isAbsent, isComputed, isNoValue, scalarFits } from './values';
export * from './placeholder';
