import type { Finding, Fix } from '../findings';
import { isMap, isSeq, isString, valueOf, type NodePath, type ScalarNode, type TemplateNode } from '../model';
import { PSEUDO_PARAMETERS } from '../references/types';
import { declaredNames, resourceDeclarations } from '../sections';
import { memoized } from '../memo';
import type { Template } from '../template';
import { hasMacro } from '../transforms';
import { resourceRule, type Rule } from './rule';

const VARIABLE = /\$\{([^}!\s][^}\s]*)\}/g;
const SUB_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-sub.html';
/**
 * Properties whose text another engine reads with its own ${…}: a template (StackSet TemplateBody),
 * a buildspec, a state machine definition, an SSM document.
 */
const OWN_PLACEHOLDERS = new Set(['TemplateBody', 'BuildSpec', 'Definition', 'DefinitionString', 'Content']);
/**
 * W1029 (cfn-lint's E1029): `${Name}` of a parameter, resource or pseudo parameter in a string that no
 * `Fn::Sub` reads. CloudFormation accepts the string and keeps it as written, so the resource gets the
 * literal text "${Name}": a warning, with the fix of wrapping the string in Fn::Sub.
 */
export const subNeededRule: Rule = resourceRule({
  id: 'W1029',
  needsText: ['${'],
  description: "A template name written as ${Name} outside Fn::Sub (cfn-lint's E1029): it stays literal text",
  readsLogicalIds: true,
  check(resource, template) {
    const names = namesOf(template);
    // Step Functions substitute their own ${…} from DefinitionSubstitutions.
    if (!names || !resource.properties || valueOf(resource.properties, 'DefinitionSubstitutions')) return [];
    return stringsNaming(template, names, resource.properties, ['Resources', resource.logicalId, 'Properties']);
  },
  rest(template) {
    const names = namesOf(template);
    if (!names) return [];
    return declaredNames(template.root, 'Outputs').flatMap((output) => {
      const value = valueOf(output.value, 'Value');
      return value ? stringsNaming(template, names, value, ['Outputs', output.key.value, 'Value']) : [];
    });
  },
});

/** The names a `${…}` may mean; null when nothing can be found (no `${` at all, or a macro that may substitute). */
function namesOf(template: Template): ReadonlySet<string> | null {
  return memoized(template, readNames);
}

function readNames(template: Template): ReadonlySet<string> | null {
  if (!template.root || !template.text.includes('${') || hasMacro(template.root)) return null;
  return new Set([
    ...PSEUDO_PARAMETERS,
    ...declaredNames(template.root, 'Parameters').map((entry) => entry.key.value),
    ...resourceDeclarations(template.root).map((resource) => resource.logicalId),
  ]);
}

/** A finding for each string under `node` that names one of `names` outside Fn::Sub. */
function stringsNaming(template: Template, names: ReadonlySet<string>, node: TemplateNode, path: NodePath): Finding[] {
  const findings: Finding[] = [];
  visitStrings(node, [...path], (string, at) => {
    const name = namedVariable(string.value, names);
    if (name) findings.push(subNeeded(template, string, [...at], name));
  });
  return findings;
}

/** Each string scalar under a node that holds `${`, leaving out what Fn::Sub reads; `path` is one stack, copied by the visitor if kept. */
function visitStrings(node: TemplateNode, path: (string | number)[], visit: (string: ScalarNode & { value: string }, path: NodePath) => void): void {
  if (isString(node)) {
    if (node.value.includes('${')) visit(node, path);
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      path.push(index);
      visitStrings(item, path, visit);
      path.pop();
    });
  } else if (isMap(node)) {
    if (node.entries.length === 1 && node.entries[0].key.value === 'Fn::Sub') return;
    for (const entry of node.entries) {
      if (OWN_PLACEHOLDERS.has(entry.key.value)) continue;
      path.push(entry.key.value);
      visitStrings(entry.value, path, visit);
      path.pop();
    }
  }
}

function namedVariable(text: string, names: ReadonlySet<string>): string | undefined {
  for (const match of text.matchAll(VARIABLE)) {
    const name = match[1].split('.')[0];
    if (names.has(name)) return match[1];
  }
  return undefined;
}

function subNeeded(template: Template, node: ScalarNode & { value: string }, path: NodePath, name: string): Finding {
  return {
    ruleId: 'W1029',
    severity: 'warning',
    message: `'\${${name}}' is written outside Fn::Sub: CloudFormation keeps it as literal text; wrap the string in Fn::Sub to substitute it`,
    span: node.span,
    path,
    fixes: [wrapInSub(template, node)],
    explanation: {
      text: 'Only Fn::Sub replaces ${Name} with a parameter, resource or pseudo parameter; anywhere else the text reaches the resource unchanged.',
      url: SUB_PAGE,
    },
  };
}

function wrapInSub(template: Template, node: ScalarNode): Fix {
  const original = template.text.slice(node.span.start, node.span.end);
  const edit =
    template.format === 'json'
      ? { span: node.span, newText: `{ "Fn::Sub": ${original} }` }
      : { span: { start: node.span.start, end: node.span.start }, newText: '!Sub ' };
  return { title: 'Wrap the string in Fn::Sub', edits: [edit], preferred: true };
}
