import type { Completion } from '../completion';
import type { TemplateFormat } from '../template';
import { SNIPPETS } from './index';
import { labTemplate } from './labTemplate';

/** What an empty file may hold while the user types: nothing, or the start of a `cfn-…` prefix. */
const FIRST_WORD = /^\s*(?:c|cf|cfn(?:-[\w-]*)?)?\s*$/;

const SKELETON: Record<TemplateFormat, string> = {
  yaml: [
    "AWSTemplateFormatVersion: '2010-09-09'",
    'Description: ${1:What this stack creates}',
    'Resources:',
    '  ${2:Queue}:',
    '    Type: ${3:AWS::SQS::Queue}',
    '',
  ].join('\n'),
  json: [
    '{',
    '  "AWSTemplateFormatVersion": "2010-09-09",',
    '  "Description": "${1:What this stack creates}",',
    '  "Resources": {',
    '    "${2:Queue}": {',
    '      "Type": "${3:AWS::SQS::Queue}"',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n'),
};

/**
 * In a file that holds nothing but the word being typed: a minimal template skeleton
 * (`cfn-template`) and every lab template (`cfn-asg-rolling`, …), each replacing the whole file.
 * Nothing once the file has other content (then it is a template or not, and the usual rules apply).
 */
export function emptyFileCompletions(text: string, format: TemplateFormat): Completion[] {
  if (!FIRST_WORD.test(text)) return [];
  const replace = { start: 0, end: text.length };
  const skeleton: Completion = {
    label: 'cfn-template',
    kind: 'snippet',
    detail: 'A minimal CloudFormation template',
    documentation: 'The format version, a description and one resource, ready to fill in.',
    insertText: SKELETON[format],
    isSnippet: true,
    replace,
    sortText: '0',
    keepIndentation: true,
  };
  const labs = SNIPPETS.map(
    (snippet): Completion => ({
      label: snippet.prefix,
      kind: 'snippet',
      detail: `Lab template: ${snippet.title}`,
      documentation: `${snippet.description}\n\nTopics: ${snippet.topics.join(', ')}. Opens the complete lab template in this file.`,
      insertText: labTemplate(snippet, format),
      replace,
      sortText: `1${snippet.prefix}`,
      keepIndentation: true,
    }),
  );
  return [skeleton, ...labs];
}

/** The skeleton as a template once every tab stop holds its default (for tests). */
export function skeletonText(format: TemplateFormat): string {
  return SKELETON[format].replace(/\$\{\d+:([^}]*)\}/g, '$1');
}
