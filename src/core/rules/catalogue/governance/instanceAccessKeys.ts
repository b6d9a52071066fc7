/** T32: long-term AWS access keys handed to an instance by its user data or cfn-init, instead of an instance profile. */
import type { Span } from '../../../model';
import type { CatalogueCheck, CheckHit } from '../types';
import type { CheckContext } from '../support/context';
import { scriptSources, type ScriptSource } from '../support/helperScripts';

const ROLES_PAGE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html';

/**
 * An access key or secret key set to a value the template gives: `export AWS_ACCESS_KEY_ID=AKIA…`, `aws configure set
 * aws_secret_access_key …`, a credentials file line `aws_access_key_id = …`. The value is captured to tell a key written
 * here (literal text, `${KeyParameter}`, a `{{resolve:…}}` reference) from one the script finds at run time (`$(…)`, `$KEY`).
 */
const SETS_KEY = /\b(AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|aws_access_key_id|aws_secret_access_key)["']?[ \t]*(?:=|:|[ \t])[ \t]*["']?([^\s"';&|]+)/g;

/** A value the template itself supplies: a key of at least 16 characters, a parameter of the template, or a dynamic reference. */
function isGivenByTemplate(value: string, context: CheckContext): boolean {
  if (value.startsWith('{{resolve:')) return true;
  const substituted = /^\$\{([\w:.]+)\}$/.exec(value);
  if (substituted) return context.parameter(substituted[1]) !== undefined;
  return !value.startsWith('$') && !value.startsWith('%') && /^[A-Za-z0-9/+=]{16,}$/.test(value);
}

/** Where the first setting is written in the template's text (the script's node when the text is built by functions). */
function spanOf(context: CheckContext, source: ScriptSource, name: string): Span {
  const { start, end } = source.node.span;
  const at = context.template.text.slice(start, end).indexOf(name);
  return at < 0 ? source.node.span : { start: start + at, end: start + at + name.length };
}

/** CX3221: the instance is given access keys rather than a role. */
export const instanceAccessKeys: CatalogueCheck = {
  id: 'CX3221',
  title: 'AWS access keys written into user data or cfn-init (instead of an instance profile)',
  topics: ['T32', 'T21'],
  severity: 'warning',
  url: ROLES_PAGE,
  explanation: {
    what:
      'Keys set in user data or written by cfn-init are long-term credentials of an IAM user: anyone who can read the template, the ' +
      'stack, the launch template or the instance metadata can copy them, and they stay valid until someone rotates them. An instance ' +
      'profile gives the instance a role instead, whose temporary credentials the SDK and CLI fetch and renew on their own.',
    exam:
      'applications on EC2 call AWS with an IAM role through an instance profile (AWS::IAM::InstanceProfile on the instance or launch ' +
      'template), never with access keys stored on the instance.',
    scenario: 'the application on the instances must read from an S3 bucket without storing credentials on the instances',
    trap: 'moving the keys into a parameter or Secrets Manager still leaves long-term keys on the instance; the answer is a role.',
  },
  resourceTypes: ['AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'],
  needsText: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'aws_access_key_id', 'aws_secret_access_key'],
  run(context) {
    const hits: CheckHit[] = [];
    const reported = new Set<string>();
    for (const source of scriptSources(context)) {
      const text = source.text ?? context.template.text.slice(source.node.span.start, source.node.span.end);
      const names = [...text.matchAll(SETS_KEY)].filter((match) => isGivenByTemplate(match[2], context)).map((match) => match[1]);
      if (names.length === 0 || reported.has(source.owner.logicalId)) continue;
      reported.add(source.owner.logicalId);
      hits.push({
        message:
          `'${source.owner.logicalId}' sets ${names[0]} for its instances: long-term access keys on an instance can be copied and do not ` +
          'expire; give the instances a role through an instance profile instead',
        span: spanOf(context, source, names[0]),
        path: source.path,
      });
    }
    return hits;
  },
};
