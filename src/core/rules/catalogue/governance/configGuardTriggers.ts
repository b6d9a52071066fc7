/** T29: a Guard (CUSTOM_POLICY) Config rule runs only on configuration changes. */
import { isMap, isSeq, valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { literalString } from '../support/values';

const CONFIG_RULE = 'AWS::Config::ConfigRule';
const SOURCE_PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-config-configrule-source.html';
const CHANGE_TRIGGERS = ['ConfigurationItemChangeNotification', 'OversizedConfigurationItemChangeNotification'];

/** CX2923: a CUSTOM_POLICY rule with a periodic (ScheduledNotification) trigger. */
export const configGuardRuleTrigger: CatalogueCheck = {
  id: 'CX2923',
  title: 'Guard (CUSTOM_POLICY) Config rule triggered otherwise than by configuration changes',
  topics: ['T29'],
  severity: 'error',
  url: SOURCE_PAGE,
  rejection: {
    quote:
      'If the owner is set to CUSTOM_POLICY, the only acceptable values for the AWS Config rule trigger message type are ' +
      'ConfigurationItemChangeNotification and OversizedConfigurationItemChangeNotification.',
    url: SOURCE_PAGE,
  },
  explanation: {
    what:
      'A Guard policy rule evaluates a resource when its configuration item changes; it cannot run on a schedule. A SourceDetails ' +
      'entry with ScheduledNotification (a periodic trigger) is refused for it.',
    exam: 'periodic checks (every 24 hours, say) are for managed rules or custom Lambda rules; Guard rules react to configuration changes.',
  },
  resourceTypes: [CONFIG_RULE],
  run(context) {
    const hits: CheckHit[] = [];
    for (const rule of context.resources(CONFIG_RULE)) {
      const source = valueOf(rule.properties, 'Source');
      const details = valueOf(source, 'SourceDetails');
      if (literalString(valueOf(source, 'Owner')) !== 'CUSTOM_POLICY' || !isSeq(details)) continue;
      details.items.forEach((detail, index) => {
        const messageType = isMap(detail) ? valueOf(detail, 'MessageType') : undefined;
        const written = literalString(messageType);
        if (!messageType || written === undefined || CHANGE_TRIGGERS.includes(written)) return;
        hits.push({
          message: `Config rule '${rule.logicalId}' is a Guard (CUSTOM_POLICY) rule triggered by ${written}: such a rule runs only on ${CHANGE_TRIGGERS.join(' or ')}`,
          span: messageType.span,
          path: ['Resources', rule.logicalId, 'Properties', 'Source', 'SourceDetails', index, 'MessageType'],
        });
      });
    }
    return hits;
  },
};
