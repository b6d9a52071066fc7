import { finding, type Finding } from '../findings';
import type { TemplateNode } from '../model';
import { sectionOf } from '../sections';
import type { Rule } from './rule';

interface NamedSection {
  section: 'Parameters' | 'Resources' | 'Outputs';
  /** cfn-lint's id for a name of this section that is not alphanumeric. */
  ruleId: string;
  /** How a name of the section is called in the message. */
  what: string;
}

// "[Logical names] must be alphanumeric (A-Za-z0-9) and unique within the template" (resources-section-structure),
// "The logical ID must be alphanumeric (a-z, A-Z, 0-9)" (outputs-section-structure), likewise for parameters
// (parameters-section-structure): CloudFormation rejects the template otherwise.
const SECTIONS: readonly NamedSection[] = [
  { section: 'Parameters', ruleId: 'E2003', what: 'Parameter name' },
  { section: 'Resources', ruleId: 'E3001', what: 'Resource logical ID' },
  { section: 'Outputs', ruleId: 'E6001', what: 'Output logical ID' },
];

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/** Logical IDs (of parameters, resources, outputs) must be alphanumeric. */
export const logicalIdsRule: Rule = {
  id: 'E2003',
  description: 'Parameter names are alphanumeric',
  otherIds: { E3001: 'Resource logical IDs are alphanumeric', E6001: 'Output logical IDs are alphanumeric' },
  run: (template) => SECTIONS.flatMap((named) => misnamed(template.root, named)),
};

function misnamed(root: TemplateNode | undefined, { section, ruleId, what }: NamedSection): Finding[] {
  return (sectionOf(root, section)?.entries ?? [])
    .filter(({ key }) => !ALPHANUMERIC.test(key.value) && !isLoop(section, key.value))
    .map(({ key }) => finding(ruleId, 'error', `${what} '${key.value}' must contain only letters and digits`, key.span, [section, key.value]));
}

/**
 * `Fn::ForEach::Name` writes out entries of its own (the AWS::LanguageExtensions transform); without the
 * transform, E1032 (function shapes) says what is wrong with it. `Fn::Transform` (AWS::Include) splices
 * entries in.
 */
function isLoop(section: NamedSection['section'], key: string): boolean {
  return (section !== 'Parameters' && key.startsWith('Fn::ForEach::')) || key === 'Fn::Transform';
}
