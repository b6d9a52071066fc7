/** T06: a rollback alarm that cannot go into ALARM before a canary or linear shift has moved all traffic. */
import { resourceTimelines, simulatedResources } from '../../../simulate';
import type { CatalogueCheck, CheckHit } from '../types';

/** CX0615: found by the deployment simulator, for every way a template asks for traffic shifting. */
export const alarmSlowerThanShift: CatalogueCheck = {
  id: 'CX0615',
  title: 'Rollback alarm needs longer to go into ALARM than the traffic shift takes',
  topics: ['T06', 'T18'],
  severity: 'warning',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html',
  explanation: {
    what:
      'An alarm goes into ALARM only after DatapointsToAlarm (else EvaluationPeriods) periods of breaching data. When that takes longer ' +
      'than a canary or linear deployment needs to move all traffic, the shift completes before the alarm can stop it, so the bad ' +
      'version is already taking every request when the rollback could start.',
    exam:
      'a canary interval (or the whole of a linear shift) must be longer than the rollback alarm needs to fire: a 1-minute period ' +
      'with 1 to 3 data points suits Canary10Percent5Minutes; a 5-minute period over 3 periods does not.',
    scenario: 'roll back automatically if errors rise while 10 percent of the traffic is on the new version',
    trap: 'the alarm is listed and enabled, so everything looks right until a bad release goes out to everyone.',
  },
  resourceTypes: ['AWS::Serverless::Function', 'AWS::CodeDeploy::DeploymentGroup', 'AWS::Lambda::Alias'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const resource of simulatedResources(context)) {
      for (const timeline of resourceTimelines(context, resource)) {
        for (const problem of timeline.problems) {
          if (problem.code !== 'alarm-slower-than-shift' || !problem.at) continue;
          const key = problem.at.path.join('/');
          if (reported.has(key)) continue;
          reported.add(key);
          hits.push({ message: problem.message, span: problem.at.span, path: problem.at.path });
        }
      }
    }
    return hits;
  },
};
