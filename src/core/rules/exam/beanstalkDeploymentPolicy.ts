import type { Finding } from '../../findings';
import { isMap, valueOf, type TemplateNode } from '../../model';
import type { ResourceDeclaration } from '../../sections';
import type { Template } from '../../template';
import type { Rule } from '../rule';
import { examFinding, literalItems, literalString, referencedResource, resourcesOfType } from './values';

/** Deployment policies Elastic Beanstalk offers only in load-balanced environments. */
const LOAD_BALANCED_ONLY = ['Rolling', 'RollingWithAdditionalBatch', 'TrafficSplitting'];

interface OptionSetting {
  namespace: string;
  name: string;
  value: TemplateNode;
}

/** CX7001: a deployment policy that a single-instance environment does not support. */
export const beanstalkDeploymentPolicyRule: Rule = {
  id: 'CX7001',
  description: 'Elastic Beanstalk deployment policy not supported by the environment type',
  onlyWith: ['AWS::ElasticBeanstalk::Environment', 'AWS::ElasticBeanstalk::ConfigurationTemplate'],
  run(template: Template): Finding[] {
    const findings: Finding[] = [];
    const reported = new Set<number>();
    const holders = resourcesOfType(template.root, 'AWS::ElasticBeanstalk::Environment', 'AWS::ElasticBeanstalk::ConfigurationTemplate');
    for (const holder of holders) {
      const settings = effectiveSettings(template, holder);
      const policy = settings.get('aws:elasticbeanstalk:command/DeploymentPolicy');
      const environmentType = literalString(settings.get('aws:elasticbeanstalk:environment/EnvironmentType'));
      const policyName = literalString(policy);
      if (!policy || environmentType !== 'SingleInstance' || !policyName || !LOAD_BALANCED_ONLY.includes(policyName)) continue;
      if (reported.has(policy.span.start)) continue;
      reported.add(policy.span.start);
      findings.push(
        examFinding({
          ruleId: 'CX7001',
          severity: 'warning',
          message:
            `DeploymentPolicy ${policyName} needs a load-balanced environment, but '${holder.logicalId}' sets EnvironmentType ` +
            'SingleInstance: Elastic Beanstalk supports Rolling, RollingWithAdditionalBatch and TrafficSplitting only with a load balancer',
          span: policy.span,
          path: ['Resources', holder.logicalId, 'Properties', 'OptionSettings'],
          explanation: {
            text:
              'All at once and Immutable work in single-instance and load-balanced environments; Rolling, Rolling with additional ' +
              'batch and Traffic splitting need a load balancer to take batches out of service or to split traffic. Exam cues: ' +
              '"no reduced capacity" → RollingWithAdditionalBatch; "new instances, fastest safe rollback" → Immutable; "canary a ' +
              'share of traffic" → TrafficSplitting; "instant switch with a separate environment" → blue/green with a CNAME swap.',
            url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html',
            topics: ['T14'],
          },
        }),
      );
    }
    return findings;
  },
};

/** Namespace/OptionName → value node; an environment's own settings override its configuration template's. */
function effectiveSettings(template: Template, holder: ResourceDeclaration): Map<string, TemplateNode> {
  const settings = new Map<string, TemplateNode>();
  const configuration = referencedResource(template.root, valueOf(holder.properties, 'TemplateName'));
  const sources = configuration?.type === 'AWS::ElasticBeanstalk::ConfigurationTemplate' ? [configuration, holder] : [holder];
  for (const source of sources) {
    for (const setting of optionSettings(source)) settings.set(`${setting.namespace}/${setting.name}`, setting.value);
  }
  return settings;
}

function optionSettings(resource: ResourceDeclaration): OptionSetting[] {
  const items = literalItems(valueOf(resource.properties, 'OptionSettings')) ?? [];
  return items.flatMap((item) => {
    const namespace = literalString(valueOf(item, 'Namespace'));
    const name = literalString(valueOf(item, 'OptionName'));
    const value = valueOf(item, 'Value');
    return isMap(item) && namespace && name && value ? [{ namespace, name, value }] : [];
  });
}
