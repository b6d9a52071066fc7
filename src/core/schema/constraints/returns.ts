/**
 * What `Ref` and `Fn::GetAtt` of a template's own resources give, named as the registry's `format`s name
 * identifiers (`<type>.Arn`, `.Id`, `.Name`, `.Url`), from the "Return values" section of each type's page
 * in the CloudFormation template reference: the types whose identifiers those formats name, and others a
 * template often refers to by mistake. A type or attribute not listed gives something the walk does not
 * judge; so does a custom resource or a nested stack.
 */

interface Returns {
  /** What `Ref` gives; several when it depends on the resource (a security group: its ID in a VPC, else its name). */
  ref?: readonly string[];
  /** What `Fn::GetAtt` of each attribute gives. */
  attributes?: Readonly<Record<string, string>>;
}

const IAM_ROLE = { ref: ['AWS::IAM::Role.Name'], attributes: { Arn: 'AWS::IAM::Role.Arn', RoleId: 'AWS::IAM::Role.Id' } };
const KMS_KEY = { ref: ['AWS::KMS::Key.Id'], attributes: { Arn: 'AWS::KMS::Key.Arn', KeyId: 'AWS::KMS::Key.Id' } };
const LAMBDA_FUNCTION = { ref: ['AWS::Lambda::Function.Name'], attributes: { Arn: 'AWS::Lambda::Function.Arn' } };

export const RETURNS: Readonly<Record<string, Returns>> = {
  'AWS::IAM::Role': IAM_ROLE,
  'AWS::IAM::InstanceProfile': { ref: ['AWS::IAM::InstanceProfile.Name'], attributes: { Arn: 'AWS::IAM::InstanceProfile.Arn' } },
  'AWS::IAM::ManagedPolicy': { ref: ['AWS::IAM::ManagedPolicy.Arn'], attributes: { PolicyArn: 'AWS::IAM::ManagedPolicy.Arn' } },
  'AWS::IAM::User': { ref: ['AWS::IAM::User.Name'], attributes: { Arn: 'AWS::IAM::User.Arn' } },
  'AWS::IAM::Group': { ref: ['AWS::IAM::Group.Name'], attributes: { Arn: 'AWS::IAM::Group.Arn' } },
  'AWS::KMS::Key': KMS_KEY,
  'AWS::KMS::ReplicaKey': KMS_KEY,
  'AWS::KMS::Alias': { ref: ['AWS::KMS::Alias.AliasName'] },
  'AWS::SNS::Topic': { ref: ['AWS::SNS::Topic.Arn'], attributes: { TopicArn: 'AWS::SNS::Topic.Arn', TopicName: 'AWS::SNS::Topic.Name' } },
  'AWS::SQS::Queue': { ref: ['AWS::SQS::Queue.Url'], attributes: { Arn: 'AWS::SQS::Queue.Arn', QueueUrl: 'AWS::SQS::Queue.Url', QueueName: 'AWS::SQS::Queue.Name' } },
  'AWS::Lambda::Function': LAMBDA_FUNCTION,
  'AWS::Serverless::Function': LAMBDA_FUNCTION,
  'AWS::Lambda::Alias': { ref: ['AWS::Lambda::Alias.Arn'], attributes: { AliasArn: 'AWS::Lambda::Alias.Arn' } },
  'AWS::Lambda::Version': { ref: ['AWS::Lambda::Version.Arn'], attributes: { FunctionArn: 'AWS::Lambda::Function.Arn' } },
  'AWS::ACM::Certificate': { ref: ['AWS::ACM::Certificate.Arn'] },
  'AWS::Logs::LogGroup': { ref: ['AWS::Logs::LogGroup.Name'], attributes: { Arn: 'AWS::Logs::LogGroup.Arn' } },
  'AWS::S3::Bucket': { ref: ['AWS::S3::Bucket.Name'], attributes: { Arn: 'AWS::S3::Bucket.Arn', DomainName: 'AWS::S3::Bucket.DomainName' } },
  'AWS::EC2::VPC': { ref: ['AWS::EC2::VPC.Id'], attributes: { VpcId: 'AWS::EC2::VPC.Id', DefaultSecurityGroup: 'AWS::EC2::SecurityGroup.Id' } },
  'AWS::EC2::Subnet': { ref: ['AWS::EC2::Subnet.Id'], attributes: { SubnetId: 'AWS::EC2::Subnet.Id', VpcId: 'AWS::EC2::VPC.Id' } },
  'AWS::EC2::SecurityGroup': {
    ref: ['AWS::EC2::SecurityGroup.Id', 'AWS::EC2::SecurityGroup.Name'],
    attributes: { GroupId: 'AWS::EC2::SecurityGroup.Id', GroupName: 'AWS::EC2::SecurityGroup.Name', VpcId: 'AWS::EC2::VPC.Id' },
  },
  'AWS::EC2::InternetGateway': { ref: ['AWS::EC2::InternetGateway.Id'] },
  'AWS::EC2::NatGateway': { ref: ['AWS::EC2::NatGateway.Id'] },
  'AWS::EC2::RouteTable': { ref: ['AWS::EC2::RouteTable.Id'] },
  'AWS::EC2::Instance': { ref: ['AWS::EC2::Instance.Id'] },
  'AWS::EC2::LaunchTemplate': { ref: ['AWS::EC2::LaunchTemplate.Id'] },
  'AWS::StepFunctions::StateMachine': { ref: ['AWS::StepFunctions::StateMachine.Arn'], attributes: { Arn: 'AWS::StepFunctions::StateMachine.Arn' } },
  'AWS::Events::Rule': { ref: ['AWS::Events::Rule.Name'], attributes: { Arn: 'AWS::Events::Rule.Arn' } },
  'AWS::DynamoDB::Table': { ref: ['AWS::DynamoDB::Table.Name'], attributes: { Arn: 'AWS::DynamoDB::Table.Arn', StreamArn: 'AWS::DynamoDB::Table.StreamArn' } },
  'AWS::ECS::Cluster': { ref: ['AWS::ECS::Cluster.Name'], attributes: { Arn: 'AWS::ECS::Cluster.Arn' } },
};

/** Formats a value of another format satisfies: a Lambda alias or version ARN is a (qualified) function ARN, an alias name a key ID. */
const SATISFIES: Readonly<Record<string, readonly string[]>> = {
  'AWS::Lambda::Function.Arn': ['AWS::Lambda::Alias.Arn', 'AWS::Lambda::Version.Arn'],
  'AWS::KMS::Key.Id': ['AWS::KMS::Alias.AliasName'],
  // SQS resolves a queue name given as QueueUrl: Fortinet's production stacks deployed queue policies whose Queues were
  // `!GetAtt Queue.QueueName` for years.
  'AWS::SQS::Queue.Url': ['AWS::SQS::Queue.Name'],
};

/** The identifier format a property requires, singular (`.Ids` items are `.Id`s); undefined when the walk does not judge it. */
export function identifierFormat(format: string | undefined): string | undefined {
  if (format === undefined || !format.startsWith('AWS::')) return undefined;
  if (format === 'AWS::S3::Bucket.NewName') return 'AWS::S3::Bucket.Name';
  return format.replace(/\.(Id|Name)s$/, '.$1');
}

/** Whether a value that is one of `given` (each a format) may be the identifier `required` names. */
export function mayBe(required: string, given: readonly string[]): boolean {
  if (required === ANY_ARN) return given.some((format) => /Arn$/.test(format));
  return given.some((format) => format === required || (SATISFIES[required]?.includes(format) ?? false));
}

/** Where a resource of `type` gives `required`: `Ref` or the attribute, if any. */
export function wayToGive(type: string, required: string): { ref: true } | { attribute: string } | undefined {
  const returns = RETURNS[type];
  if (returns?.ref && returns.ref.every((format) => mayBe(required, [format]))) return { ref: true };
  const attribute = Object.entries(returns?.attributes ?? {}).find(([, format]) => mayBe(required, [format]));
  return attribute ? { attribute: attribute[0] } : undefined;
}

/**
 * A mismatch a service may still accept, so not judged on a format alone: a name or ID where the format asks for the ARN
 * of a resource of the same type (ECS takes a role's name for its ARN), or a name of one type for a name of another (a
 * template may name an instance profile after its role).
 */
export function mayStillWork(given: readonly string[], required: string): boolean {
  const type = required.slice(0, required.lastIndexOf('.'));
  if (required.endsWith('.Name')) return given.every((format) => format.endsWith('.Name'));
  return required.endsWith('.Arn') && given.every((format) => format.startsWith(`${type}.`) && /\.(Name|Id)$/.test(format));
}

/** What a property whose pattern makes every value an ARN requires, of any type. */
export const ANY_ARN = 'ARN';

/**
 * Whether the pattern makes every value begin with `arn:` (an empty value aside: `^$|arn:…`): it starts so
 * and has no alternative outside its groups that could let a name through.
 */
export function requiresArn(pattern: string | undefined): boolean {
  if (pattern === undefined) return false;
  const rest = pattern.startsWith('^$|') ? pattern.slice(3) : pattern;
  return /^\^?arn:/.test(rest) && !hasTopLevelAlternative(rest);
}

function hasTopLevelAlternative(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}
