/** Go to definition across files: from a parent template into the local template of one of its nested stacks. */
import { isMap, valueOf, type Span } from '../model';
import { referenceIndex } from '../references';
import { sectionOf } from '../sections';
import type { Template } from '../template';
import { localChildren } from './locations';

/** Where a name in the parent leads in a child template: the file itself, one of its outputs or one of its parameters. */
export interface ChildTarget {
  /** The location as the parent writes it (`./network.yaml`). */
  location: string;
  kind: 'template' | 'output' | 'parameter';
  /** The output or parameter name (absent for the template itself). */
  name?: string;
}

/**
 * The child-template target under the cursor: a local TemplateURL (or SAM Location), the output part of
 * `Fn::GetAtt Child.Outputs.Name` or `${Child.Outputs.Name}`, or a key of the nested stack's Parameters.
 */
export function childTargetAt(template: Template, offset: number): ChildTarget | undefined {
  const children = localChildren(template);
  if (children.length === 0) return undefined;
  for (const child of children) {
    if (contains(child.node.span, offset)) return { location: child.location, kind: 'template' };
    const parameters = valueOf(child.resource.properties, 'Parameters');
    const entry = isMap(parameters) ? parameters.entries.find((candidate) => contains(candidate.key.span, offset)) : undefined;
    if (entry) return { location: child.location, kind: 'parameter', name: entry.key.value };
  }
  const reference = referenceIndex(template).references.find(
    (candidate) => candidate.attribute?.startsWith('Outputs.') && candidate.attributeSpan && contains(candidate.attributeSpan, offset),
  );
  const child = reference && children.find((candidate) => candidate.resource.logicalId === reference.name);
  return child && reference?.attribute ? { location: child.location, kind: 'output', name: reference.attribute.slice('Outputs.'.length) } : undefined;
}

/** Where the target's name is declared in the child template (its key under Outputs or Parameters); undefined for the file itself. */
export function childDeclarationSpan(child: Template, target: ChildTarget): Span | undefined {
  if (target.kind === 'template' || target.name === undefined) return undefined;
  const section = sectionOf(child.root, target.kind === 'output' ? 'Outputs' : 'Parameters');
  return section?.entries.find((entry) => entry.key.value === target.name)?.key.span;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
