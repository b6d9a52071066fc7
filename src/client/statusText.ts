import type { TemplateStatusParams } from '../shared/protocol';

/** "1 error", "2 warnings". */
function count(value: number, singular: string, plural = `${singular}s`): string {
  return `${value} ${value === 1 ? singular : plural}`;
}

/**
 * The status bar item for a template: the number the Problems panel shows for the file (errors,
 * warnings and information messages; hints are not listed there) and a tooltip that says what
 * a click does.
 */
export function statusText(status: Pick<TemplateStatusParams, 'errors' | 'warnings' | 'infos'>): { text: string; tooltip: string } {
  const { errors, warnings, infos } = status;
  const problems = errors + warnings + infos;
  const icon = errors > 0 ? '$(error)' : warnings > 0 ? '$(warning)' : '$(info)';
  const text = problems === 0 ? '$(check) CFN Coach' : `${icon} CFN Coach: ${problems}`;
  const found = problems === 0 ? 'no problems' : [count(errors, 'error'), count(warnings, 'warning'), count(infos, 'information message')].join(', ');
  return { text, tooltip: `CloudFormation Exam Coach: ${found} in this template. Click to open the Problems panel.` };
}
