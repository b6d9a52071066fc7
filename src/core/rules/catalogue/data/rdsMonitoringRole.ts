import { valueOf } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import { alwaysGiven, neverGiven, numberValues, propertyHit, push } from './common';

const PAGE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html';

/** CX2027: Enhanced Monitoring needs both an interval and the role RDS publishes the metrics with. */
export const rdsMonitoringRole: CatalogueCheck = {
  id: 'CX2027',
  title: 'RDS Enhanced Monitoring interval without a monitoring role, or a role without an interval',
  topics: ['T20', 'T31'],
  severity: 'error',
  url: PAGE,
  rejection: {
    quote: 'If MonitoringInterval is set to a value other than 0, then you must supply a MonitoringRoleArn value.',
    url: PAGE,
  },
  explanation: {
    what:
      'Enhanced Monitoring runs an agent on the database host that sends OS metrics (processes, memory, file system) to ' +
      'CloudWatch Logs every MonitoringInterval seconds, through the role in MonitoringRoleArn (trusted by ' +
      'monitoring.rds.amazonaws.com, with AmazonRDSEnhancedMonitoringRole). RDS refuses an interval without the role, ' +
      'and a role with the interval left at 0.',
    exam:
      'CloudWatch gives hypervisor-level metrics of an RDS instance; per-process CPU and memory inside the instance come ' +
      'from Enhanced Monitoring, and query-level load from Performance Insights.',
    scenario: 'see which operating system processes use the CPU of the database instance',
  },
  resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
  run(context) {
    const hits: CheckHit[] = [];
    for (const database of context.resources('AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      const intervals = numberValues(context, valueOf(database.properties, 'MonitoringInterval'));
      const role = valueOf(database.properties, 'MonitoringRoleArn');
      if (intervals && intervals.every((seconds) => seconds > 0) && neverGiven(role)) {
        // On the key: the value itself may be wrong too (E3030), a problem of its own.
        push(hits, propertyHit(database, ['MonitoringInterval'], `'${database.logicalId}' turns on Enhanced Monitoring (MonitoringInterval ${intervals.join('/')}) without a MonitoringRoleArn: RDS refuses it`, undefined, true));
      }
      const off = neverGiven(valueOf(database.properties, 'MonitoringInterval')) || intervals?.every((seconds) => seconds === 0);
      if (alwaysGiven(role) && off) {
        push(hits, propertyHit(database, ['MonitoringRoleArn'], `'${database.logicalId}' names a MonitoringRoleArn but leaves MonitoringInterval at 0: RDS refuses the role without an interval`, undefined, true));
      }
    }
    return hits;
  },
};
