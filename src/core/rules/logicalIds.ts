import { finding, type Finding } from '../findings';
import type { MapEntry, NodePath, TemplateNode } from '../model';
import { forEachLoop, isForEachKey } from '../references/forEach';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

type Section = 'Parameters' | 'Resources' | 'Outputs' | 'Mappings';

interface NamedSection {
  section: Section;
  /** cfn-lint's id for a name of the section that is not alphanumeric (none for mappings: their names are free). */
  ruleId?: string;
  /** cfn-lint's id for a name of the section over the length limit. */
  lengthRuleId: string;
  /** How a name of the section is called in the message. */
  what: string;
  /** The quota's row, for the message: "Maximum size of a resource name". */
  quota: string;
}

// "[Logical names] must be alphanumeric (A-Za-z0-9) and unique within the template" (resources-section-structure),
// "The logical ID must be alphanumeric (a-z, A-Z, 0-9)" (outputs-section-structure), likewise for parameters
// (parameters-section-structure): CloudFormation rejects the template otherwise.
// CloudFormation quotas (cloudformation-limits): "Resource name | Maximum size of a resource name. | 255 characters";
// "Parameter name | Maximum size of a parameter name. | 255 characters"; "Output name | Maximum size of an output
// name. | 255 characters"; "Mapping name and mapping attribute name | Maximum size of each mapping name. | 255 characters".
const SECTIONS: readonly NamedSection[] = [
  { section: 'Parameters', ruleId: 'E2003', lengthRuleId: 'E2011', what: 'Parameter name', quota: 'a parameter name' },
  { section: 'Resources', ruleId: 'E3001', lengthRuleId: 'E3011', what: 'Resource logical ID', quota: 'a resource name' },
  { section: 'Outputs', ruleId: 'E6001', lengthRuleId: 'E6011', what: 'Output logical ID', quota: 'an output name' },
  { section: 'Mappings', lengthRuleId: 'E7011', what: 'Mapping name', quota: 'a mapping name' },
];

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/** The longest name CloudFormation accepts for a parameter, resource, output or mapping. */
export const MAX_LOGICAL_ID_LENGTH = 255;

/** Logical IDs (of parameters, resources, outputs) must be alphanumeric; those and mapping names at most 255 characters. */
export const logicalIdsRule: Rule = {
  id: 'E2003',
  description: 'Parameter names are alphanumeric',
  otherIds: {
    E3001: 'Resource logical IDs are alphanumeric',
    E6001: 'Output logical IDs are alphanumeric',
    E2011: 'Parameter names are at most 255 characters',
    E3011: 'Resource logical IDs are at most 255 characters',
    E6011: 'Output logical IDs are at most 255 characters',
    E7011: 'Mapping names are at most 255 characters',
  },
  run: (template) => SECTIONS.flatMap((named) => misnamed(template.root, named)),
};

function misnamed(root: TemplateNode | undefined, named: NamedSection): Finding[] {
  const entries = sectionOf(root, named.section)?.entries ?? [];
  return [
    ...entries.filter(({ key }) => !isLoop(named.section, key.value)).flatMap((entry) => [...notAlphanumeric(entry, named), ...tooLong(entry, named)]),
    ...entries.filter(({ key }) => isForEachKey(key.value)).flatMap((entry) => loopKeysNotAlphanumeric(entry, named, [named.section, entry.key.value])),
  ];
}

/**
 * The keys a Fn::ForEach loop writes as logical IDs: the text around `${Identifier}` (which the item replaces
 * as it is) and the known items it takes must be letters and digits; `&{Identifier}` strips the rest itself.
 */
function loopKeysNotAlphanumeric(entry: MapEntry, named: NamedSection, path: NodePath): Finding[] {
  const loop = forEachLoop(entry.value);
  if (!loop || !named.ruleId) return [];
  const findings: Finding[] = [];
  for (const output of loop.outputs.entries) {
    const key = output.key.value;
    const outputPath = [...path, 2, key];
    if (isForEachKey(key)) {
      findings.push(...loopKeysNotAlphanumeric(output, named, outputPath));
      continue;
    }
    const written = key.replace(/[$&]\{[^}]*\}/g, '');
    const items = key.includes(`\${${loop.identifier}}`) ? (loop.items ?? []) : [];
    const bad = !/^[A-Za-z0-9]*$/.test(written) ? written.replace(/[A-Za-z0-9]/g, '') : items.find((item) => !ALPHANUMERIC.test(item));
    if (bad === undefined) continue;
    const why = !/^[A-Za-z0-9]*$/.test(written)
      ? `'${[...new Set(bad)].join('')}' is neither`
      : `the loop's item '${bad}' is not (&{${loop.identifier}} would strip what is not)`;
    findings.push(finding(named.ruleId, 'error', `${named.what} '${shortened(key)}' written by a Fn::ForEach loop must contain only letters and digits: ${why}`, output.key.span, outputPath));
  }
  return findings;
}

function notAlphanumeric({ key }: MapEntry, { section, ruleId, what }: NamedSection): Finding[] {
  if (!ruleId || ALPHANUMERIC.test(key.value)) return [];
  return [finding(ruleId, 'error', `${what} '${shortened(key.value)}' must contain only letters and digits`, key.span, [section, key.value])];
}

function tooLong({ key }: MapEntry, { section, lengthRuleId, what, quota }: NamedSection): Finding[] {
  const length = key.value.length;
  if (length <= MAX_LOGICAL_ID_LENGTH) return [];
  const message = `${what} '${shortened(key.value)}' has ${length} characters: the maximum size of ${quota} is ${MAX_LOGICAL_ID_LENGTH} characters (CloudFormation quotas)`;
  return [finding(lengthRuleId, 'error', message, key.span, [section, key.value])];
}

/** A name as the message shows it: a very long one cut after 40 characters. */
function shortened(name: string): string {
  return name.length > 60 ? `${name.slice(0, 40)}…` : name;
}

/**
 * `Fn::ForEach::Name` writes out entries of its own (the AWS::LanguageExtensions transform); without the
 * transform, E1032 (function shapes) says what is wrong with it. `Fn::Transform` (AWS::Include) splices
 * entries in.
 */
function isLoop(section: Section, key: string): boolean {
  return (section !== 'Parameters' && key.startsWith('Fn::ForEach::')) || key === 'Fn::Transform';
}
