/** Names a template declares and every reference to them: the base of name lint rules and navigation. */
export * from './types';
export { referenceIndex, targetOf, isImplicitlyDefined, TARGET_KINDS, type ReferenceIndex } from './referenceIndex';
export { sourceSpanOf } from './scalarSource';
export { subVariables, type SubVariable } from './subVariables';
export { loopGeneratedType } from './forEach';
export { subVariableMaps, type SubVariableMap } from './subVariableMaps';
export { INTERFACE_KEY } from './interfaceReferences';
export * from './navigation';
export * from './rename';
export * from './symbols';
export { undefinedReferences, undefinedNameFinding, candidateNames } from './undefinedNames';
export { isFunctionKey, visitOtherFunctionCalls, visitResourceFunctionCalls, type FunctionCall, type FunctionCallVisitor } from './functionCalls';
