import type { Finding, Fix, TextEdit } from '../../findings';
import { isMap, isScalar, nodeAt, valueOf, type MapNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { insertEntry, replaceScalar } from './edits';
import { examFinding, intrinsicName, literalBoolean, literalString, resourcesOfType } from './values';

/** CX6001: a rolling ECS deployment that cannot fail fast and roll back. */
export const ecsCircuitBreakerRule: Rule = {
  id: 'CX6001',
  description: 'ECS rolling deployment without a deployment circuit breaker with rollback',
  onlyWith: ['AWS::ECS::Service'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    for (const service of resourcesOfType(template.root, 'AWS::ECS::Service')) {
      if (!service.properties || !isRolling(service)) continue;
      const configuration = valueOf(service.properties, 'DeploymentConfiguration');
      if ((configuration && intrinsicName(configuration)) || rollsBackOnAlarms(service)) continue;
      const breaker = nodeAt(service.properties, ['DeploymentConfiguration', 'DeploymentCircuitBreaker']);
      const problem = problemOf(breaker);
      if (!problem) continue;
      findings.push(
        examFinding({
          ruleId: 'CX6001',
          severity: 'warning',
          message: `ECS service '${service.logicalId}' deploys with rolling updates ${problem}`,
          span: breaker ? breaker.span : service.key.span,
          path: ['Resources', service.logicalId, 'Properties', 'DeploymentConfiguration', 'DeploymentCircuitBreaker'],
          explanation: {
            text:
              'The deployment circuit breaker (for rolling update and ECS blue/green deployments) marks a deployment FAILED when its new tasks ' +
              'keep failing to start or to pass health checks, and stops launching them; with Rollback: true ECS then returns the ' +
              'service to the last deployment that completed. Without it ECS keeps trying. On the exam, "roll back an ECS ' +
              'deployment automatically when the new tasks fail" is the circuit breaker with rollback (or CloudWatch alarms in ' +
              'DeploymentConfiguration.Alarms); blue/green with CodeDeploy uses the CODE_DEPLOY controller instead.',
            url: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentcircuitbreaker.html',
            topics: ['T17'],
          },
          fixes: circuitBreakerFix(template, service),
        }),
      );
    }
    return findings;
  },
};

/** CloudWatch alarms that fail a deployment and roll it back: the other way the exam accepts. */
function rollsBackOnAlarms(service: ResourceDeclaration): boolean {
  const alarms = nodeAt(service.properties, ['DeploymentConfiguration', 'Alarms']);
  return literalBoolean(valueOf(alarms, 'Enable')) === true && literalBoolean(valueOf(alarms, 'Rollback')) === true;
}

function isRolling(service: ResourceDeclaration): boolean {
  const controller = nodeAt(service.properties, ['DeploymentController', 'Type']);
  if (controller && literalString(controller) !== 'ECS') return false;
  if (valueOf(service.properties, 'DeploymentController') && !isMap(valueOf(service.properties, 'DeploymentController'))) return false;
  const strategy = nodeAt(service.properties, ['DeploymentConfiguration', 'Strategy']);
  return !strategy || literalString(strategy) === 'ROLLING';
}

/** What is missing, as the end of the message; undefined when the breaker rolls back or is computed. */
function problemOf(breaker: ReturnType<typeof nodeAt>): string | undefined {
  if (!breaker) {
    return 'but no deployment circuit breaker: when the new tasks keep failing, the deployment keeps retrying instead of failing and rolling back';
  }
  if (!isMap(breaker)) return undefined;
  const enable = literalBoolean(valueOf(breaker, 'Enable'));
  const rollback = literalBoolean(valueOf(breaker, 'Rollback'));
  if (enable === false) {
    return 'and its deployment circuit breaker turned off: when the new tasks keep failing, the deployment keeps retrying instead of failing and rolling back';
  }
  if (enable === true && rollback === false) {
    return 'and a circuit breaker without Rollback: a failed deployment stops but the service is not returned to the last working deployment';
  }
  return undefined;
}

function circuitBreakerFix(template: Template, service: ResourceDeclaration): Fix[] | undefined {
  const configuration = valueOf(service.properties, 'DeploymentConfiguration');
  const breaker = valueOf(configuration, 'DeploymentCircuitBreaker');
  const wanted = { Enable: true, Rollback: true };
  let edits: TextEdit[] = [];
  if (!configuration) {
    const edit = insertEntry(template, service.properties!, 'DeploymentConfiguration', { DeploymentCircuitBreaker: wanted });
    edits = edit ? [edit] : [];
  } else if (isMap(configuration) && !breaker) {
    const edit = insertEntry(template, configuration, 'DeploymentCircuitBreaker', wanted);
    edits = edit ? [edit] : [];
  } else if (isMap(breaker)) {
    edits = switchOn(template, breaker);
  }
  return edits.length > 0 ? [{ title: 'Turn on the deployment circuit breaker with rollback', edits, preferred: true }] : undefined;
}

function switchOn(template: Template, breaker: MapNode): TextEdit[] {
  return ['Enable', 'Rollback'].flatMap((name) => {
    const value = valueOf(breaker, name);
    return isScalar(value) && literalBoolean(value) === false ? [replaceScalar(template, value, true)] : [];
  });
}
