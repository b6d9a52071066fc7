/**
 * The `format` values of the registry schemas that name an AWS identifier, with what a literal of
 * that format must look like (the ID formats the EC2, IAM, KMS, SNS, Lambda, ACM, S3 and CloudWatch
 * Logs documentation give), and the network and date formats of JSON schema. Formats not listed
 * here are not checked. Our own fixed patterns, so JavaScript's engine is safe for them.
 */

export interface FormatCheck {
  /** cfn-lint's rule id for this format. */
  ruleId: string;
  /** What a value must be, in words, for the message. */
  description: string;
  test(value: string): boolean;
  /** What to call a value of the format when `reason` says what is wrong with one. */
  short?: string;
  /** Which rule a value that fails breaks, in words, where the format can tell. */
  reason?(value: string): string | undefined;
}

const ARN = 'arn:aws[a-zA-Z-]*:';

function pattern(ruleId: string, description: string, source: string): FormatCheck {
  const expression = new RegExp(source);
  return { ruleId, description, test: (value) => expression.test(value) };
}

const SECURITY_GROUP_ID = pattern('E1150', 'a security group ID (sg- and 8 or 17 hexadecimal characters)', '^sg-([a-fA-F0-9]{8}|[a-fA-F0-9]{17})$');
const SUBNET_ID = pattern('E1154', 'a subnet ID (subnet- and 8 or 17 hexadecimal characters)', '^subnet-([a-fA-F0-9]{8}|[a-fA-F0-9]{17})$');
const SECURITY_GROUP_NAME = pattern(
  'E1153',
  'a security group name (letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*)',
  '^[a-zA-Z0-9 ._\\-:/()#,@[\\]+=&;{}!$*]+$',
);

export const FORMATS: Readonly<Record<string, FormatCheck>> = {
  'AWS::EC2::SecurityGroup.Id': SECURITY_GROUP_ID,
  'AWS::EC2::SecurityGroup.Ids': SECURITY_GROUP_ID,
  'AWS::EC2::SecurityGroup.Name': SECURITY_GROUP_NAME,
  'AWS::EC2::SecurityGroup.Names': SECURITY_GROUP_NAME,
  'AWS::EC2::Subnet.Id': SUBNET_ID,
  'AWS::EC2::Subnet.Ids': SUBNET_ID,
  'AWS::EC2::VPC.Id': pattern('E1151', 'a VPC ID (vpc- and 8 or 17 hexadecimal characters)', '^vpc-([a-fA-F0-9]{8}|[a-fA-F0-9]{17})$'),
  // EC2 also takes `resolve:ssm:<parameter>` and looks the AMI up itself when it launches the instance.
  'AWS::EC2::Image.Id': pattern(
    'E1152',
    'an AMI ID (ami- and 8 or 17 lowercase letters or digits, or resolve:ssm: and a Systems Manager parameter name)',
    '^(ami-([0-9a-z]{8}|[0-9a-z]{17})|resolve:ssm:.+)$',
  ),
  'AWS::IAM::Role.Arn': pattern('E1156', 'an IAM role ARN (arn:aws:iam::123456789012:role/name)', `^${ARN}iam::\\d{12}:role/.+$`),
  'AWS::KMS::Key.Arn': pattern('E1157', 'a KMS key or alias ARN (arn:aws:kms:region:123456789012:key/… or alias/…)', `^${ARN}kms:[a-z0-9-]+:\\d{12}:(key|alias)/.+$`),
  'AWS::KMS::Key.Id': pattern(
    'E1162',
    'a KMS key ID (a UUID, or mrk- and 32 hexadecimal characters) or an alias/ name',
    '^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}|alias/[a-zA-Z0-9/_-]+)$',
  ),
  'AWS::KMS::Alias.AliasName': pattern('E1164', 'a KMS alias name (alias/ followed by letters, digits, /, _, - or :)', '^alias/[a-zA-Z0-9:/_-]+$'),
  'AWS::SNS::Topic.Arn': pattern('E1158', 'an SNS topic ARN (arn:aws:sns:region:123456789012:name)', `^${ARN}sns:[a-z0-9-]+:\\d{12}:.+$`),
  'AWS::Lambda::Function.Arn': pattern('E1160', 'a Lambda function ARN (arn:aws:lambda:region:123456789012:function:name)', `^${ARN}lambda:[a-z0-9-]+:\\d{12}:function:.+$`),
  'AWS::ACM::Certificate.Arn': pattern('E1159', 'an ACM certificate ARN (arn:aws:acm:region:123456789012:certificate/id)', `^${ARN}acm:[a-z0-9-]+:\\d{12}:certificate/.+$`),
  // Our own: CloudTrail and SNS name a log group and a queue by ARN (a log group's as Fn::GetAtt gives it, ending :*, or without).
  'AWS::Logs::LogGroup.Arn': pattern('E1103', 'a log group ARN (arn:aws:logs:region:123456789012:log-group:name)', `^${ARN}logs:[a-z0-9-]+:\\d{12}:log-group:.+$`),
  'AWS::SQS::Queue.Arn': pattern('E1103', 'an SQS queue ARN (arn:aws:sqs:region:123456789012:name)', `^${ARN}sqs:[a-z0-9-]+:\\d{12}:.+$`),
  'AWS::Logs::LogGroup.Name': pattern('E1155', 'a log group name (1 to 512 letters, digits, and . - _ / #)', '^[.\\-_/#A-Za-z0-9]{1,512}$'),
  'AWS::S3::Bucket.Name': {
    ruleId: 'E1161',
    description: 'an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)',
    test: isBucketName,
    short: 'an S3 bucket name',
    reason: bucketNameProblem,
  },
  // Our own format, for the name a new general purpose bucket takes (BucketName of AWS::S3::Bucket): other types name existing buckets.
  'AWS::S3::Bucket.NewName': {
    ruleId: 'E1161',
    description:
      'a name S3 lets a new bucket take (3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit; not an IP address; ' +
      'not starting with xn--, sthree- or amzn-s3-demo-; not ending with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3)',
    test: (value) => isBucketName(value) && !isReservedBucketName(value),
    short: 'a name S3 lets a new bucket take',
    reason: (value) => bucketNameProblem(value) ?? reservedBucketNameProblem(value),
  },
  'ipv4-network': { ruleId: 'E1103', description: 'an IPv4 CIDR block such as 10.0.0.0/16', test: isIpv4Network },
  'date-time': pattern('E1103', 'a date and time such as 2026-12-04T16:20:00Z', '^\\d{4}-(0[1-9]|1[0-2])-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)$'),
};

/** The S3 naming rules for general purpose buckets. */
function isBucketName(value: string): boolean {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value)) return false;
  return !value.includes('..');
}

const RESERVED_BUCKET_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_BUCKET_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** Names the S3 naming rules keep back: IP addresses, and prefixes and suffixes reserved for other kinds of bucket or alias. */
function isReservedBucketName(value: string): boolean {
  return reservedBucketNameProblem(value) !== undefined;
}

function reservedBucketNameProblem(value: string): string | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(value)) return 'it is formatted as an IP address';
  const prefix = RESERVED_BUCKET_PREFIXES.find((candidate) => value.startsWith(candidate));
  if (prefix) return `the prefix ${prefix} is reserved`;
  const suffix = RESERVED_BUCKET_SUFFIXES.find((candidate) => value.endsWith(candidate));
  return suffix ? `the suffix ${suffix} is reserved` : undefined;
}

/** The naming rule a general purpose bucket name breaks, in words. */
function bucketNameProblem(value: string): string | undefined {
  if (value.length < 3 || value.length > 63) return `it has ${value.length} characters, and a name has 3 to 63`;
  const wrong = /[^a-z0-9.-]/.exec(value);
  if (wrong) return `'${wrong[0]}' is not a lowercase letter, digit, dot or hyphen`;
  if (!/^[a-z0-9]/.test(value) || !/[a-z0-9]$/.test(value)) return 'it must begin and end with a letter or digit';
  return value.includes('..') ? 'it has two adjacent periods' : undefined;
}

function isIpv4Network(value: string): boolean {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!match) return false;
  return match.slice(1, 5).every((octet) => Number(octet) <= 255) && Number(match[5]) <= 32;
}
