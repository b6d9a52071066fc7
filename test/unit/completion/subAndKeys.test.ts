import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { useGeneratedSchema } from '../schema/schemaHelper';
import { CURSOR, itemsAt, labelsAt, sortedLabels } from './cursorHelper';

const PSEUDO = ['AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region', 'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix'];

const HEAD = `Parameters:
  Env: {Type: String}
Mappings:
  Sizes:
    dev: {Count: "1", Class: t3.micro}
    prod: {Count: "3", Memory: "8"}
Resources:
  Queue:
    Type: AWS::SQS::Queue
  Instance:
    Type: AWS::EC2::Instance
    Properties:
`;

/** Where the cursor mark stands in a marked text. */
const markAt = (marked: string) => marked.indexOf(CURSOR);

describe('a function key that already has its colon and value (finding 4)', () => {
  before(() => useGeneratedSchema());

  it('is completed with the name only, in YAML and JSON', () => {
    const yaml = itemsAt(HEAD + '      ImageId:\n        Fn::Get‸: [Queue, Arn]\n', 'yaml').find((item) => item.label === 'Fn::GetAtt');
    assert.deepEqual([yaml?.insertText, yaml?.retrigger], ['Fn::GetAtt', undefined]);
    const json = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}, "T": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Fn::Get‸": ["Q", "Arn"]}}}}}';
    assert.equal(itemsAt(json, 'json').find((item) => item.label === 'Fn::GetAtt')?.insertText, '"Fn::GetAtt"');
  });

  it('is completed with the tag only when a short-form tag is already followed by its argument', () => {
    const followed = itemsAt(HEAD + '      QueueName: !GetA‸ Queue.QueueName\n', 'yaml').find((item) => item.label === '!GetAtt');
    assert.deepEqual([followed?.insertText, followed?.retrigger], ['!GetAtt', undefined]);
    const bare = itemsAt(HEAD + '      QueueName: !GetA‸\n', 'yaml').find((item) => item.label === '!GetAtt');
    assert.equal(bare?.insertText, '!GetAtt $1');
  });

  it('still gets the argument skeleton where no colon follows', () => {
    const item = itemsAt(HEAD + '      ImageId:\n        Fn::Get‸\n', 'yaml').find((candidate) => candidate.label === 'Fn::GetAtt');
    assert.equal(item?.insertText, 'Fn::GetAtt: [$1, ${2:Attribute}]');
  });
});

describe('names in a Fn::Sub block scalar (finding 5)', () => {
  before(() => useGeneratedSchema());

  it('are offered after ${ in `!Sub |` and `Fn::Sub: >-`, as in a quoted Sub', () => {
    const block = HEAD + '      UserData:\n        Fn::Base64: !Sub |\n          #!/bin/bash\n          echo "${Env}"\n          echo "${‸\n';
    assert.deepEqual(sortedLabels(itemsAt(block, 'yaml')), ['Env', 'Queue', ...PSEUDO]);
    const at = markAt(block);
    assert.deepEqual(itemsAt(block, 'yaml')[0].replace, { start: at, end: at });
    const longForm = HEAD + '      UserData:\n        Fn::Base64:\n          Fn::Sub: >-\n            echo ${Qu‸\n';
    assert.ok(labelsAt(longForm, 'yaml').includes('Queue'));
  });

  it('are offered after a # on the line, which is text in a block scalar (a shell comment)', () => {
    const block = HEAD + '      UserData:\n        Fn::Base64: !Sub |\n          echo hi # ${‸\n';
    assert.deepEqual(sortedLabels(itemsAt(block, 'yaml')), ['Env', 'Queue', ...PSEUDO]);
    assert.deepEqual(labelsAt(HEAD + '      QueueName: x # ${‸\n', 'yaml'), []);
  });

  it('are not offered in another block scalar', () => {
    assert.deepEqual(labelsAt(HEAD + '      UserData:\n        Fn::Base64: |\n          echo "${‸\n', 'yaml'), []);
  });
});

describe('attributes after `${Res.` in a Sub string (finding 6)', () => {
  before(() => useGeneratedSchema());

  it('are offered after the dot, in YAML and JSON', () => {
    const yaml = HEAD + '      ImageId: !Sub "${Queue.‸}"\n';
    const items = itemsAt(yaml, 'yaml');
    assert.deepEqual(items.map((item) => item.label).sort(), ['Arn', 'QueueName', 'QueueUrl']);
    assert.deepEqual(items[0].replace, { start: markAt(yaml), end: markAt(yaml) });
    assert.equal(items[0].insertText, items[0].label);
    const json = '{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}, "T": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Fn::Sub": "${Queue.‸}"}}}}}';
    assert.deepEqual(labelsAt(json, 'json').sort(), ['Arn', 'QueueName', 'QueueUrl']);
  });

  it('replace the attribute typed so far, never the closing brace', () => {
    const yaml = HEAD + '      ImageId: !Sub "https://${Queue}.x/${Queue.Qu‸eue}"\n';
    const [item] = itemsAt(yaml, 'yaml');
    assert.equal(yaml.replace(CURSOR, '').slice(item.replace!.start, item.replace!.end), 'Queue');
    assert.equal(item.replace!.start, markAt(yaml) - 2);
  });
});

const SUB_LIST = HEAD + '      ImageId: !Sub\n        - "${Prefix}-${Env}-${Stage}-${‸}"\n        - Prefix: !Ref AWS::StackName\n          Env: x\n';

describe('the variable map of a Fn::Sub (finding 7)', () => {
  before(() => useGeneratedSchema());

  it('offers its variables first inside ${}, and no declared name they shadow', () => {
    const items = itemsAt(SUB_LIST, 'yaml');
    assert.deepEqual(sortedLabels(items), ['Env', 'Prefix', 'Queue', ...PSEUDO]);
    assert.equal(items.find((item) => item.label === 'Env')?.detail, 'Fn::Sub variable (its map)');
  });

  it('offers the variables of the string that no key binds yet as new keys', () => {
    const marked = SUB_LIST.replace('${‸}', '${}') + '          ‸';
    const items = itemsAt(marked, 'yaml');
    assert.deepEqual(items.map((item) => [item.label, item.insertText]), [['Stage', 'Stage: $1']]);
    // A declared resource the string names (${Queue}) is no unbound variable: a key would shadow it.
    const named = SUB_LIST.replace('${Stage}', '${Stage}-${Queue}').replace('${‸}', '${}') + '          ‸';
    assert.deepEqual(itemsAt(named, 'yaml').map((item) => item.label), ['Stage']);
  });
});

describe('the second-level key of a FindInMap whose top-level key is a function (finding 8)', () => {
  before(() => useGeneratedSchema());

  it('is any second-level key of the mapping, in YAML and JSON', () => {
    assert.deepEqual(labelsAt(HEAD + '      ImageId: !FindInMap [Sizes, !Ref Env, ‸]\n', 'yaml'), ['Count', 'Class', 'Memory']);
    assert.deepEqual(labelsAt(HEAD + '      ImageId: !FindInMap [Sizes, !Ref AWS::Region, C‸]\n', 'yaml'), ['Count', 'Class', 'Memory']);
    const json = '{"Mappings": {"Sizes": {"dev": {"Count": "1"}, "prod": {"Class": "m5"}}}, "Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Fn::FindInMap": ["Sizes", {"Ref": "AWS::Region"}, "‸"]}}}}}';
    assert.deepEqual(labelsAt(json, 'json'), ['Count', 'Class']);
  });

  it('stays the keys of the one top-level key when it is written out', () => {
    assert.deepEqual(labelsAt(HEAD + '      ImageId: !FindInMap [Sizes, prod, ‸]\n', 'yaml'), ['Count', 'Memory']);
  });
});
