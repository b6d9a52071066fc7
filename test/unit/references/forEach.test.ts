import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generatedName, substituteLoopItems } from '../../../src/core/references/forEach';
import {
  definitionAt,
  prepareRenameAt,
  referenceIndex,
  renameAt,
  undefinedReferences,
  type ReferenceKind,
} from '../../../src/core/references';
import { undefinedMappingRule } from '../../../src/core/rules/undefinedMapping';
import { undefinedRefRule } from '../../../src/core/rules/undefinedRef';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';

const ALL_KINDS: ReferenceKind[] = ['ref', 'sub', 'getatt', 'dependsOn', 'condition', 'findInMap', 'mappingKey'];

/** Undefined names as `kind name path`. */
function undefinedIn(lines: string[], format: TemplateFormat = 'yaml'): string[] {
  const template = parseTemplate(lines.join('\n'), format);
  return undefinedReferences(template, ALL_KINDS).map((r) => `${r.kind} ${r.name} ${r.path.join('/')}`);
}

const HEADER = ['Transform: AWS::LanguageExtensions'];

describe('Fn::ForEach: substitution', () => {
  it('puts items in for ${Id}, and items without non-alphanumeric characters for &{Id}', () => {
    const scope = new Map([['Cidr', '10.0.1.0/24'], ['Name', 'A']]);
    assert.equal(substituteLoopItems('Subnet&{Cidr}${Name}', scope), 'Subnet1001024A');
    assert.equal(substituteLoopItems('Keep${Other}', scope), 'Keep${Other}');
    assert.equal(substituteLoopItems('Topic${Name}', new Map([['Name', undefined]])), undefined);
  });

  it('makes a pattern of an output key whose item is unknown', () => {
    const generated = generatedName('resource', 'Topic${Name}X', new Map([['Name', undefined]]));
    assert.deepEqual([generated.pattern.test('TopicAbcX'), generated.pattern.test('QueueX'), generated.name], [true, false, undefined]);
    assert.equal(generatedName('resource', 'Topic${Name}', new Map([['Name', 'B']])).name, 'TopicB');
  });
});

describe('Fn::ForEach: names loops declare', () => {
  it('knows the names of a literal collection, and reports the others', () => {
    const text = [
      ...HEADER,
      'Resources:',
      "  'Fn::ForEach::Topics':",
      '    - Name',
      '    - [A, B]',
      '    - Topic${Name}: {Type: AWS::SNS::Topic}',
      'Outputs:',
      '  A: {Value: !Ref TopicA}',
      '  B: {Value: !GetAtt TopicB.TopicName}',
      '  C: {Value: !Ref TopicC}',
    ];
    assert.deepEqual(undefinedIn(text), ['ref TopicC Outputs/C/Value/Ref']);
    const findings = undefinedRefRule.run(parseTemplate(text.join('\n'), 'yaml'));
    assert.equal(findings[0].message, "Ref to 'TopicC', which is not a parameter, resource or pseudo parameter of this template. Did you mean 'TopicA'?");
  });

  it('takes &{Id} names, nested loops and conditions', () => {
    const text = [
      ...HEADER,
      'Conditions:',
      "  'Fn::ForEach::Flags':",
      '    - Env',
      '    - [Dev, Prod]',
      '    - Is${Env}: !Equals [!Ref AWS::Region, us-east-1]',
      'Resources:',
      "  'Fn::ForEach::Outer':",
      '    - Side',
      '    - [Left, Right]',
      "    - 'Fn::ForEach::Inner':",
      '        - Cidr',
      "        - ['10.0.1.0/24']",
      '        - ${Side}Subnet&{Cidr}: {Type: AWS::EC2::Subnet}',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '    Condition: IsProd',
      '    DependsOn: [RightSubnet1001024, UpSubnet1001024]',
    ];
    assert.deepEqual(undefinedIn(text), ['dependsOn UpSubnet1001024 Resources/Queue/DependsOn/1']);
  });

  it('takes any name matching the output key when the collection is a Ref or Fn::FindInMap', () => {
    const text = [
      ...HEADER,
      'Parameters:',
      '  Names: {Type: CommaDelimitedList}',
      'Resources:',
      "  'Fn::ForEach::Topics':",
      '    - Name',
      '    - !Ref Names',
      '    - Topic${Name}:',
      '        Type: AWS::SNS::Topic',
      '        Properties:',
      '          DisplayName: !Ref Display${Name}',
      "  'Fn::ForEach::Queues':",
      '    - Name',
      '    - !FindInMap [Lists, !Ref AWS::Region, Names]',
      '    - Queue${Name}: {Type: AWS::SQS::Queue}',
      'Outputs:',
      '  A: {Value: !Ref TopicOrders}',
      '  B: {Value: !Ref Bucket}',
    ];
    assert.deepEqual(undefinedIn(text), ['findInMap Lists Resources/Fn::ForEach::Queues/1/Fn::FindInMap/0', 'ref Bucket Outputs/B/Value/Ref']);
  });

  it('takes the resources a serverless resource made by a loop generates', () => {
    const text = [
      'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]',
      'Resources:',
      "  'Fn::ForEach::Functions':",
      '    - Name',
      '    - [Orders]',
      '    - Fn${Name}: {Type: AWS::Serverless::Function}',
      'Outputs:',
      '  Role: {Value: !GetAtt FnOrdersRole.Arn}',
      '  Other: {Value: !GetAtt FnPaymentsRole.Arn}',
    ];
    assert.deepEqual(undefinedIn(text), ['getatt FnPaymentsRole Outputs/Other/Value/Fn::GetAtt/0']);
  });

  it('stays silent when a loop has another shape', () => {
    const text = [...HEADER, 'Resources:', "  'Fn::ForEach::Topics': [Name, [A]]", 'Outputs:', '  A: {Value: !Ref Anything}'];
    assert.deepEqual(undefinedIn(text), []);
  });
});

describe('Fn::ForEach: references in loop bodies', () => {
  const NAT = [
    ...HEADER,
    'Parameters:',
    '  Vpc: {Type: String}',
    'Resources:',
    '  PublicSubnetA: {Type: AWS::EC2::Subnet}',
    "  'Fn::ForEach::Nat':",
    '    - Id',
    '    - [A, B]',
    '    - Eip${Id}: {Type: AWS::EC2::EIP}',
    '      Nat${Id}:',
    '        Type: AWS::EC2::NatGateway',
    '        Properties:',
    '          AllocationId: !GetAtt [!Sub "Eip${Id}", AllocationId]',
    '          SubnetId: !Ref {Fn::Sub: "PublicSubnet${Id}"}',
    '          ConnectivityType: !Ref Mode',
    '          Tags:',
    '            - {Key: !Ref Id, Value: !Sub "${Id}-${Vpc}-${AWS::Region}"}',
  ];

  it('checks each copy with the items in names and paths, and takes the identifier as a name', () => {
    // A name the same in every copy is reported once, at the first copy.
    assert.deepEqual(undefinedIn(NAT), ['ref Mode Resources/NatA/Properties/ConnectivityType/Ref', 'ref PublicSubnetB Resources/NatB/Properties/SubnetId/Ref']);
  });

  it('keeps plain references once for navigation and rename, and generated names out of it', () => {
    const text = NAT.join('\n');
    const template = parseTemplate(text, 'yaml');
    const names = referenceIndex(template).references.map((r) => `${r.kind}:${text.slice(r.span.start, r.span.end)}`);
    assert.deepEqual(names, ['ref:Mode', 'sub:Vpc', 'sub:AWS::Region']);
    assert.equal(definitionAt(template, text.indexOf('${Vpc}') + 3)?.path.join('/'), 'Parameters/Vpc');
    assert.deepEqual(prepareRenameAt(template, text.indexOf('Vpc:') + 1), { span: { start: text.indexOf('Vpc:'), end: text.indexOf('Vpc:') + 3 }, placeholder: 'Vpc' });
    const rename = renameAt(template, text.indexOf('Vpc:') + 1, 'Network');
    assert.deepEqual('edits' in rename ? rename.edits.length : rename.error, 2);
    assert.equal(definitionAt(template, text.indexOf('PublicSubnet${Id}') + 2), undefined);
  });

  it('skips names built from an unknown item, and loops inside properties', () => {
    const text = [
      ...HEADER,
      'Parameters:',
      '  Names: {Type: CommaDelimitedList}',
      'Resources:',
      "  'Fn::ForEach::Topics':",
      '    - Name',
      '    - !Ref Names',
      '    - Topic${Name}:',
      '        Type: AWS::SNS::Topic',
      '        DependsOn: Queue${Name}',
      '        Properties:',
      "          'Fn::ForEach::Props':",
      '            - Key',
      '            - [DisplayName]',
      '            - ${Key}: !Ref ${Key}Param',
    ];
    assert.deepEqual(undefinedIn(text), ['ref DisplayNameParam Resources/Topic${Name}/Properties/DisplayName/Ref']);
  });

  it('reads JSON templates the same way', () => {
    const text = [
      '{"Transform": "AWS::LanguageExtensions", "Resources": {',
      '  "Fn::ForEach::Q": ["N", ["A"], {"Q${N}": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "Q${N}Name"}}}}]',
      '}}',
    ];
    assert.deepEqual(undefinedIn(text, 'json'), ['ref QAName Resources/QA/Properties/QueueName/Ref']);
  });
});

describe('Fn::ForEach: Fn::FindInMap in a loop body', () => {
  it('reports a mapping the template does not declare once, and a missing key in the copy that lacks it', () => {
    const text = [
      ...HEADER,
      'Mappings:',
      '  Sizes:',
      '    A: {Size: small}',
      'Resources:',
      "  'Fn::ForEach::Queues':",
      '    - Name',
      '    - [A, B]',
      '    - Queue${Name}:',
      '        Type: AWS::SQS::Queue',
      '        Properties:',
      '          QueueName: !FindInMap [Missing, !Ref AWS::Region, Name]',
      "          DelaySeconds: !FindInMap [Sizes, '${Name}', Size]",
    ].join('\n');
    const findings = undefinedMappingRule.run(parseTemplate(text, 'yaml'));
    assert.deepEqual(
      findings.map((found) => [found.message, found.path?.join('/')]),
      [
        ["Mapping 'Missing' is not declared in the Mappings section", 'Resources/QueueA/Properties/QueueName/Fn::FindInMap/0'],
        ["Mapping 'Sizes' has no key 'B'", 'Resources/QueueB/Properties/DelaySeconds/Fn::FindInMap/1'],
      ],
    );
  });
});
