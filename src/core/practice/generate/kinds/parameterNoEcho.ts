/** What the console and describe-stacks show for a parameter (NoEcho). */
import { valueOf } from '../../../model';
import { declaredNames } from '../../../sections';
import type { TemplateQuestion } from '../../types';
import { buildQuestion, type OptionDraft } from '../support/build';
import { knownBoolean } from '../support/values';
import type { GenerateContext, QuestionKind } from '../types';

const PARAMETERS_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';

export const parameterNoEcho: QuestionKind = {
  kind: 'parameter-no-echo',
  title: 'What describe-stacks shows for a parameter',
  topics: ['T21'],
  domain: 'D6',
  needs: [],
  generate(context) {
    return declaredNames(context.template.root, 'Parameters')
      .filter((entry) => /pass|secret|token|apikey/i.test(entry.key.value))
      .map((entry) => questionFor(context, entry.key.value, entry.value))
      .filter((question): question is TemplateQuestion => question !== undefined);
  },
};

function questionFor(context: GenerateContext, name: string, declaration: Parameters<typeof valueOf>[0]): TemplateQuestion | undefined {
  const node = valueOf(declaration, 'NoEcho');
  const noEcho = node === undefined ? false : knownBoolean(context.checks, node)?.value;
  if (noEcho === undefined) return undefined;
  const written = noEcho ? `\`${name}\` has \`NoEcho: true\`.` : `\`${name}\` does not set \`NoEcho: true\`.`;
  const options: Record<'masked' | 'plain' | 'arn' | 'omitted', OptionDraft> = {
    masked: { text: 'Asterisks (*****) instead of the value', why: written },
    plain: { text: 'The value as it was typed', why: written },
    arn: { text: 'The ARN of a Secrets Manager secret that CloudFormation created for it', why: 'CloudFormation never stores parameter values in Secrets Manager by itself; a dynamic reference is how a template reads a secret.' },
    omitted: { text: 'Nothing: the parameter is left out of the output', why: 'Every parameter of the stack is listed; `NoEcho` only masks the value.' },
  };
  const right = noEcho ? options.masked : options.plain;
  return buildQuestion(parameterNoEcho, context, {
    subject: `Parameters/${name}`,
    path: ['Parameters', name],
    stem: `A stack is created from \`${context.fileName}\` with a value for parameter \`${name}\`. What does \`aws cloudformation describe-stacks\` show as that parameter's value?`,
    right: [right],
    wrong: Object.values(options).filter((option) => option !== right),
    notes: ['parameter-no-echo'],
    url: PARAMETERS_PAGE,
  });
}
