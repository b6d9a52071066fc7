import { isString, valueOf } from '../../../model';
import { replaceScalar } from '../../exam/edits';
import type { CatalogueCheck, CheckHit } from '../types';
import { CRON_REJECTION, cronProblem, cronProblemWords, sixFieldCron } from '../support/schedules';
import { propertyHit, push, stringValues } from './common';
import { planRules } from './backup';


/** CX2218: a backup rule's schedule is an AWS cron expression of six fields. */
export const backupScheduleCron: CatalogueCheck = {
  id: 'CX2218',
  title: 'Backup rule ScheduleExpression is not a six-field cron expression',
  topics: ['T22'],
  severity: 'error',
  url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_BackupRule.html',
  rejection: CRON_REJECTION,
  explanation: {
    what:
      'AWS Backup reads a rule\'s ScheduleExpression as an AWS cron expression, the syntax of EventBridge schedules (its API ' +
      'reference points there): six fields, minutes hours day-of-month month day-of-week year, with ? in one of the day fields. ' +
      'A five-field Unix cron, or values in both day fields, is refused and the backup plan is not created.',
    exam:
      'the schedule sets the RPO of a backup-and-restore strategy: cron(0 5 ? * * *) backs up daily at 05:00 UTC ' +
      '(ScheduleExpressionTimezone for local time); continuous backup gives point-in-time restore for supported services.',
    scenario: 'back up every night at 05:00 and keep the backups for 35 days',
    trap: 'Auto Scaling scheduled actions use five-field Unix cron; AWS Backup, like EventBridge, takes six fields.',
  },
  resourceTypes: ['AWS::Backup::BackupPlan'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const plan of context.resources('AWS::Backup::BackupPlan')) {
      for (const rule of planRules(plan)) {
        const expressions = stringValues(context, valueOf(rule.rule, 'ScheduleExpression'));
        const problems = expressions?.map((expression) => cronProblem(expression));
        if (!expressions || !problems || !problems.every((problem) => problem !== undefined)) continue;
        const wording = expressions.map((expression, index) => {
          const problem = problems[index]!;
          const what = cronProblemWords(problem, 'AWS');
          return `Schedule '${expression}' of a rule of '${plan.logicalId}' ${what}`;
        });
        const node = valueOf(rule.rule, 'ScheduleExpression');
        const fixed = isString(node) ? sixFieldCron(node.value) : undefined;
        const fix = fixed && isString(node) ? { title: `Change to ${fixed}`, edits: [replaceScalar(context.template, node, fixed)], preferred: true } : undefined;
        push(hits, propertyHit(plan, [...rule.path, 'ScheduleExpression'], wording.join('; '), fix ? [fix] : undefined));
      }
    }
    return hits;
  },
};
