/** T07: user data EC2 takes only Base64-encoded. */
import { entryOf, isMap, isSeq, isString, valueOf, type MapEntry, type MapNode, type NodePath, type TemplateNode } from '../../../model';
import type { ResourceDeclaration } from '../../../sections';
import type { CatalogueCheck, CheckHit } from '../types';
import { intrinsicName } from '../support/values';

const USER_DATA_PAGE = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html';

/** Where each resource type holds its user data. */
const USER_DATA_AT: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::Instance': ['UserData'],
  'AWS::AutoScaling::LaunchConfiguration': ['UserData'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateData', 'UserData'],
};

/** Text that cannot be Base64: a character outside its alphabet, or a length that is not a multiple of four. */
function notBase64(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return compact.length > 0 && (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact) || compact.length % 4 !== 0);
}

/**
 * Whether the literal text an Fn::Sub or Fn::Join writes holds characters Base64 never has (a script's spaces, `#!`):
 * a value made only of `${…}` pieces or of dynamic references may already be Base64 (a parameter, an SSM parameter).
 */
function scriptText(node: TemplateNode): boolean {
  const argument = valueOf(node, intrinsicName(node)!);
  let literal: string[] = [];
  if (intrinsicName(node) === 'Fn::Sub') {
    const text = isSeq(argument) ? argument.items[0] : argument;
    if (isString(text)) literal = [text.value];
  } else if (isSeq(argument) && isSeq(argument.items[1])) {
    const separator = isString(argument.items[0]) ? argument.items[0].value : '';
    literal = [separator, ...argument.items[1].items.map((item) => (isString(item) ? item.value : ''))];
  }
  const text = literal.join('');
  if (text.includes('{{resolve:')) return false;
  return /[^A-Za-z0-9+/=\s]/.test(text.replace(/\$\{[^}]*\}/g, ''));
}

function userDataEntry(resource: ResourceDeclaration): { entry: MapEntry; path: NodePath } | undefined {
  const at = USER_DATA_AT[resource.type ?? ''];
  let holder: MapNode | undefined = resource.properties;
  for (const key of at.slice(0, -1)) {
    const next = valueOf(holder, key);
    holder = isMap(next) ? next : undefined;
  }
  const entry = entryOf(holder, at[at.length - 1]);
  return entry && { entry, path: ['Resources', resource.logicalId, 'Properties', ...at] };
}

/** CX0720: user data written as text (a literal, Fn::Sub or Fn::Join) without Fn::Base64. */
export const userDataNotBase64: CatalogueCheck = {
  id: 'CX0720',
  title: 'EC2 user data that is not Base64-encoded (Fn::Base64 missing)',
  topics: ['T07'],
  severity: 'error',
  url: USER_DATA_PAGE,
  rejection: { quote: 'User data must be base64-encoded.', url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-add-user-data.html' },
  explanation: {
    what:
      'EC2 takes user data Base64-encoded: in a template the script is wrapped in Fn::Base64 (usually around an Fn::Sub that ' +
      'fills in the stack name, Region and resource names for cfn-init and cfn-signal). Plain text is refused ("Invalid BASE64 ' +
      'encoding of user data") and the stack rolls back.',
    exam:
      'bootstrapping: UserData: !Base64 with !Sub runs cfn-init -s ${AWS::StackName} -r <Resource> --region ${AWS::Region}, then ' +
      'cfn-signal with the exit code, which a CreationPolicy or a rolling update with WaitOnResourceSignals waits for.',
    trap: 'in YAML one node takes one tag: write Fn::Base64: !Sub | on two lines, not !Base64 !Sub.',
  },
  resourceTypes: Object.keys(USER_DATA_AT),
  run(context) {
    const hits: CheckHit[] = [];
    for (const resource of context.resources(...Object.keys(USER_DATA_AT))) {
      const found = userDataEntry(resource);
      if (!found) continue;
      const value = found.entry.value;
      const written = intrinsicName(value);
      const plain = written === 'Fn::Sub' || written === 'Fn::Join' ? (scriptText(value) ? written : undefined) : isString(value) && !value.value.includes('{{resolve:') && notBase64(value.value) ? 'text' : undefined;
      if (!plain) continue;
      hits.push({
        message:
          `UserData of '${resource.logicalId}' is ${plain === 'text' ? 'plain text' : `an ${plain} not wrapped in Fn::Base64`}: ` +
          'EC2 takes user data only Base64-encoded, so the stack fails',
        span: found.entry.key.span,
        path: found.path,
      });
    }
    return hits;
  },
};
