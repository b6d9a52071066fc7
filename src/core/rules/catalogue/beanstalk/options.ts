/**
 * The general Elastic Beanstalk options of the namespaces the checks know completely, with their
 * valid values, from "General options for all environments" in the Elastic Beanstalk Developer Guide.
 */
export interface OptionSpec {
  /** The values the option accepts, compared as written. */
  values?: readonly string[];
  /** Inclusive numeric range. */
  range?: readonly [number, number];
  boolean?: true;
}

const BOOLEAN: OptionSpec = { boolean: true };
const ANY: OptionSpec = {};

export const OPTIONS_PAGE = 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html';

export const KNOWN_NAMESPACES: Readonly<Record<string, Readonly<Record<string, OptionSpec>>>> = {
  'aws:autoscaling:asg': {
    'Availability Zones': { values: ['Any', 'Any 1', 'Any 2', 'Any 3'] },
    Cooldown: { range: [0, 10000] },
    'Custom Availability Zones': ANY,
    EnableCapacityRebalancing: BOOLEAN,
    MinSize: { range: [1, 10000] },
    MaxSize: { range: [1, 10000] },
  },
  'aws:autoscaling:trigger': {
    BreachDuration: { range: [1, 600] },
    LowerBreachScaleIncrement: ANY,
    LowerThreshold: { range: [0, 20000000] },
    MeasureName: {
      values: [
        'CPUUtilization', 'NetworkIn', 'NetworkOut', 'DiskWriteOps', 'DiskReadBytes', 'DiskReadOps', 'DiskWriteBytes',
        'Latency', 'RequestCount', 'HealthyHostCount', 'UnhealthyHostCount', 'TargetResponseTime',
      ],
    },
    Period: ANY,
    EvaluationPeriods: { range: [1, 600] },
    Statistic: { values: ['Minimum', 'Maximum', 'Sum', 'Average'] },
    Unit: { values: ['Seconds', 'Percent', 'Bytes', 'Bits', 'Count', 'Bytes/Second', 'Bits/Second', 'Count/Second', 'None'] },
    UpperBreachScaleIncrement: ANY,
    UpperThreshold: { range: [0, 20000000] },
  },
  'aws:autoscaling:updatepolicy:rollingupdate': {
    MaxBatchSize: { range: [1, 10000] },
    MinInstancesInService: { range: [0, 9999] },
    RollingUpdateEnabled: BOOLEAN,
    RollingUpdateType: { values: ['Time', 'Health', 'Immutable'] },
    PauseTime: ANY,
    Timeout: ANY,
  },
  'aws:elasticbeanstalk:command': {
    DeploymentPolicy: { values: ['AllAtOnce', 'Rolling', 'RollingWithAdditionalBatch', 'Immutable', 'TrafficSplitting'] },
    Timeout: { range: [1, 3600] },
    BatchSizeType: { values: ['Percentage', 'Fixed'] },
    BatchSize: { range: [1, 10000] },
    IgnoreHealthCheck: BOOLEAN,
  },
  'aws:elasticbeanstalk:environment': {
    EnvironmentType: { values: ['SingleInstance', 'LoadBalanced'] },
    ServiceRole: ANY,
    LoadBalancerType: { values: ['classic', 'application', 'network'] },
    LoadBalancerIsShared: BOOLEAN,
  },
  'aws:elasticbeanstalk:healthreporting:system': {
    ConfigDocument: ANY,
    EnhancedHealthAuthEnabled: BOOLEAN,
    HealthCheckSuccessThreshold: { values: ['Ok', 'Warning', 'Degraded', 'Severe'] },
    SystemType: { values: ['basic', 'enhanced'] },
  },
  'aws:elasticbeanstalk:cloudwatch:logs': {
    StreamLogs: BOOLEAN,
    DeleteOnTerminate: BOOLEAN,
    RetentionInDays: { values: ['1', '3', '5', '7', '14', '30', '60', '90', '120', '150', '180', '365', '400', '545', '731', '1096', '1827', '2192', '2557', '2922', '3288', '3653'] },
  },
  'aws:elasticbeanstalk:managedactions:platformupdate': {
    UpdateLevel: { values: ['patch', 'minor'] },
    InstanceRefreshEnabled: BOOLEAN,
  },
  'aws:elasticbeanstalk:sqsd': {
    WorkerQueueURL: ANY,
    HttpPath: ANY,
    MimeType: ANY,
    HttpConnections: { range: [1, 100] },
    ConnectTimeout: { range: [1, 60] },
    InactivityTimeout: { range: [1, 36000] },
    VisibilityTimeout: { range: [0, 43200] },
    ErrorVisibilityTimeout: { range: [0, 43200] },
    RetentionPeriod: { range: [60, 1209600] },
    MaxRetries: { range: [1, 100] },
  },
  'aws:elasticbeanstalk:trafficsplitting': {
    NewVersionPercent: { range: [1, 100] },
    EvaluationTime: { range: [3, 600] },
  },
};

/** Whether a written value fits the option; undefined when the spec says nothing about values. */
export function fits(spec: OptionSpec, text: string): boolean {
  if (spec.values) return spec.values.includes(text);
  if (spec.boolean) return /^(true|false)$/i.test(text);
  if (spec.range) {
    const number = Number(text);
    return text.trim() !== '' && Number.isFinite(number) && number >= spec.range[0] && number <= spec.range[1];
  }
  return true;
}

/** How the valid values read in a message. */
export function describeSpec(spec: OptionSpec): string {
  if (spec.values) return `one of ${spec.values.join(', ')}`;
  if (spec.boolean) return 'true or false';
  if (spec.range) return `a number from ${spec.range[0]} to ${spec.range[1]}`;
  return 'any value';
}
