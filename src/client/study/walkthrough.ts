import * as vscode from 'vscode';

/**
 * Lab scenarios (snippet prefixes) → the walkthrough step they complete. Each step's completion event
 * is `onContext:cfnCoach.lab.<step>`, set when a lab template for one of its scenarios is opened.
 */
const STEP_OF_SCENARIO: Readonly<Record<string, string>> = {
  'cfn-codedeploy-inplace': 'fleetCodeDeploy',
  'cfn-codedeploy-rollback-alarms': 'rollbackOnAlarms',
  'cfn-asg-rolling': 'autoScaling',
  'cfn-asg-alb': 'autoScaling',
  'cfn-beanstalk-env': 'elasticBeanstalk',
  'cfn-beanstalk-saved-config': 'elasticBeanstalk',
  'cfn-imagebuilder-pipeline': 'goldenAmi',
  'cfn-ecs-circuit-breaker': 'ecs',
  'cfn-codedeploy-ecs-bluegreen': 'ecs',
  'cfn-ecs-bluegreen-native': 'ecs',
  'cfn-sam-canary': 'serverless',
  'cfn-rds-multiaz': 'databaseSecrets',
  'cfn-secret-rotation': 'databaseSecrets',
  'cfn-route53-failover': 'route53',
  'cfn-route53-weighted': 'route53',
  'cfn-alb-query-string-rule': 'abTesting',
  'cfn-config-remediation': 'governance',
  'cfn-config-required-tags': 'governance',
};

/** Ticks the walkthrough step a lab scenario belongs to (no-op for scenarios outside the path). */
export async function markLabOpened(prefix: string): Promise<void> {
  const step = STEP_OF_SCENARIO[prefix];
  if (step) await vscode.commands.executeCommand('setContext', `cfnCoach.lab.${step}`, true);
}
