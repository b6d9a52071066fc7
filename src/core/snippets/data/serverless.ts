import { choice, num, tab } from '../placeholders';
import { intrinsic, type SnippetDef } from '../types';

const { ref, getAtt, sub } = intrinsic;

const HANDLER_CODE = 'exports.handler = async () => ({ statusCode: 200, body: "ok" });\n';

export const SERVERLESS_SNIPPETS: SnippetDef[] = [
  {
    prefix: 'cfn-sam-canary',
    title: 'SAM function with AutoPublishAlias, canary DeploymentPreference, hooks and alarms',
    topics: ['T18'],
    description:
      'AutoPublishAlias publishes a version on each code change and points the alias at it; DeploymentPreference makes ' +
      'CodeDeploy shift traffic (canary, linear or all at once), run the PreTraffic/PostTraffic hooks and roll back on the alarms. ' +
      'AllAtOnce is offered as the contrast the extension notes: all traffic moves at once, with no canary to catch errors.',
    transform: 'AWS::Serverless-2016-10-31',
    resources: {
      [tab(1, 'ApiFunction')]: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          FunctionName: sub('${AWS::StackName}-api'),
          Runtime: 'nodejs24.x',
          Handler: 'index.handler',
          InlineCode: HANDLER_CODE,
          AutoPublishAlias: tab(2, 'live'),
          DeploymentPreference: {
            Type: choice(3, ['Canary10Percent5Minutes', 'Linear10PercentEvery1Minute', 'AllAtOnce']),
            Alarms: [ref('ApiErrorsAlarm')],
            Hooks: { PreTraffic: ref('PreTrafficHook') },
          },
        },
      },
      PreTrafficHook: {
        Type: 'AWS::Serverless::Function',
        Properties: {
          Runtime: 'nodejs24.x',
          Handler: 'index.handler',
          FunctionName: sub('CodeDeployHook_${AWS::StackName}-pre-traffic'),
          InlineCode:
            'const { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } = require("@aws-sdk/client-codedeploy");\n' +
            'exports.handler = async (event) => {\n' +
            '  await new CodeDeployClient().send(new PutLifecycleEventHookExecutionStatusCommand({\n' +
            '    deploymentId: event.DeploymentId, lifecycleEventHookExecutionId: event.LifecycleEventHookExecutionId, status: "Succeeded" }));\n' +
            '};\n',
          DeploymentPreference: { Enabled: false },
          Policies: [{ Statement: [{ Effect: 'Allow', Action: 'codedeploy:PutLifecycleEventHookExecutionStatus', Resource: '*' }] }],
        },
      },
      ApiErrorsAlarm: {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          // The name, not a Ref: the function already refers to this alarm, and a Ref back would be a cycle.
          Dimensions: [{ Name: 'FunctionName', Value: sub('${AWS::StackName}-api') }],
          Statistic: 'Sum',
          Period: 60,
          EvaluationPeriods: 1,
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      },
    },
  },
  {
    prefix: 'cfn-apigw-canary-stage',
    title: 'API Gateway stage with canary settings',
    topics: ['T19'],
    description:
      'A stage canary sends PercentTraffic of requests to a newer deployment while the rest stays on the stage deployment; ' +
      'promoting copies the canary deployment into the stage. Lambda versions and aliases do the same one level down.',
    resources: {
      ExamApi: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: sub('${AWS::StackName}-api') } },
      HealthMethod: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: ref('ExamApi'),
          ResourceId: getAtt('ExamApi', 'RootResourceId'),
          HttpMethod: 'GET',
          AuthorizationType: 'NONE',
          Integration: { Type: 'MOCK', RequestTemplates: { 'application/json': '{"statusCode": 200}' }, IntegrationResponses: [{ StatusCode: '200' }] },
          MethodResponses: [{ StatusCode: '200' }],
        },
      },
      ApiDeployment: { Type: 'AWS::ApiGateway::Deployment', DependsOn: 'HealthMethod', Properties: { RestApiId: ref('ExamApi') } },
      CanaryDeployment: { Type: 'AWS::ApiGateway::Deployment', DependsOn: 'HealthMethod', Properties: { RestApiId: ref('ExamApi') } },
      [tab(1, 'ProdStage')]: {
        Type: 'AWS::ApiGateway::Stage',
        Properties: {
          RestApiId: ref('ExamApi'),
          StageName: tab(2, 'prod'),
          DeploymentId: ref('ApiDeployment'),
          CanarySetting: { DeploymentId: ref('CanaryDeployment'), PercentTraffic: num(3, 10), UseStageCache: false },
        },
      },
    },
  },
  {
    prefix: 'cfn-lambda-version-alias',
    title: 'Lambda function with a published version and an alias',
    topics: ['T19'],
    description:
      'A version is an immutable snapshot of code and configuration; an alias is a stable name that points at one and can ' +
      'split traffic with a second version (RoutingConfig AdditionalVersionWeights) for a manual canary.',
    resources: {
      FunctionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        },
      },
      [tab(1, 'OrdersFunction')]: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs24.x',
          Handler: 'index.handler',
          Role: getAtt('FunctionRole', 'Arn'),
          Code: { ZipFile: HANDLER_CODE },
        },
      },
      OrdersVersion: {
        Type: 'AWS::Lambda::Version',
        Properties: { FunctionName: ref(tab(1, 'OrdersFunction')), Description: tab(2, 'first release') },
      },
      OrdersAlias: {
        Type: 'AWS::Lambda::Alias',
        Properties: { FunctionName: ref(tab(1, 'OrdersFunction')), FunctionVersion: getAtt('OrdersVersion', 'Version'), Name: tab(3, 'live') },
      },
    },
  },
];
