import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionAt, prepareRenameAt, referenceSpansAt, renameAt } from '../../../src/core/references';
import { parseTemplate, type Template } from '../../../src/core/template';

/** The text each edit replaces, and the template with the edits applied. */
function renamed(template: Template, offset: number, newName: string): { replaced: string[]; text: string } {
  const result = renameAt(template, offset, newName);
  assert.ok('edits' in result, 'error' in result ? result.error : '');
  const replaced = result.edits.map((edit) => template.text.slice(edit.span.start, edit.span.end));
  const text = [...result.edits].sort((a, b) => b.span.start - a.span.start).reduce((out, edit) => out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end), template.text);
  return { replaced, text };
}

const CAPTURE_YAML = [
  'Parameters:',
  '  EnvName:',
  '    Type: String',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: !Sub',
  '        - "${Prefix}-${EnvName}"',
  '        - Prefix: !Ref AWS::StackName',
  '',
].join('\n');

describe('rename into a Fn::Sub variable map (finding 1)', () => {
  it('is refused when a Sub string that uses the name binds the new name in its map', () => {
    const template = parseTemplate(CAPTURE_YAML, 'yaml');
    const result = renameAt(template, CAPTURE_YAML.indexOf('EnvName:'), 'Prefix');
    assert.ok('error' in result);
    assert.match(result.error, /'Prefix' is a variable of the Fn::Sub variable map/);
  });

  it('is refused in JSON as well', () => {
    const text = '{"Parameters": {"EnvName": {"Type": "String"}}, "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketName": {"Fn::Sub": ["${Prefix}-${EnvName}", {"Prefix": "x"}]}}}}}';
    const result = renameAt(parseTemplate(text, 'json'), text.indexOf('EnvName') + 1, 'Prefix');
    assert.ok('error' in result && result.error.includes("'Prefix' is a variable"));
  });

  it('is allowed to a name no map around a use binds', () => {
    const template = parseTemplate(CAPTURE_YAML, 'yaml');
    assert.deepEqual(renamed(template, CAPTURE_YAML.indexOf('EnvName:'), 'Stage').replaced, ['EnvName', 'EnvName']);
  });
});

describe('rename to a name over 255 characters (finding 12)', () => {
  it('is refused; 255 characters are accepted', () => {
    const template = parseTemplate(CAPTURE_YAML, 'yaml');
    const result = renameAt(template, CAPTURE_YAML.indexOf('Bucket:'), 'B'.repeat(256));
    assert.deepEqual(result, { error: 'A name of 256 characters is too long: CloudFormation allows at most 255' });
    assert.ok('edits' in renameAt(template, CAPTURE_YAML.indexOf('Bucket:'), 'B'.repeat(255)));
  });
});

const SAM = [
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Worker:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Handler: app.handler',
  '      Runtime: python3.12',
  '      CodeUri: src/',
  '      AutoPublishAlias: live',
  'Outputs:',
  '  RoleArn:',
  '    Value: !GetAtt WorkerRole.Arn',
  '  RoleName:',
  '    Value: !Sub "${WorkerRole}"',
  '  AliasArn:',
  '    Value: !Ref Worker.Alias',
  '  VersionArn:',
  '    Value: !Ref Worker.Version',
  '',
].join('\n');

describe("a SAM function's generated names (finding 2)", () => {
  const template = parseTemplate(SAM, 'yaml');
  const at = SAM.indexOf('Worker:') + 1;

  it('are references to the function: the prefix each names', () => {
    const spans = referenceSpansAt(template, at, true).map((span) => [span.start, SAM.slice(span.start, span.end)]);
    assert.deepEqual(spans, [
      [SAM.indexOf('Worker:'), 'Worker'],
      [SAM.indexOf('WorkerRole.Arn'), 'Worker'],
      [SAM.indexOf('${WorkerRole}') + 2, 'Worker'],
      [SAM.indexOf('Worker.Alias'), 'Worker'],
      [SAM.indexOf('Worker.Version'), 'Worker'],
    ]);
  });

  it('lead to the function', () => {
    assert.equal(definitionAt(template, SAM.indexOf('Worker.Alias') + 8)?.name, 'Worker');
    assert.equal(definitionAt(template, SAM.indexOf('WorkerRole.Arn') + 7)?.name, 'Worker');
  });

  it('are renamed with it, prefix only', () => {
    const { text } = renamed(template, at, 'Processor');
    assert.match(text, /!GetAtt ProcessorRole\.Arn/);
    assert.match(text, /\$\{ProcessorRole\}/);
    assert.match(text, /!Ref Processor\.Alias/);
    assert.match(text, /!Ref Processor\.Version/);
    assert.deepEqual(prepareRenameAt(template, SAM.indexOf('Worker.Alias') + 2), { span: { start: SAM.indexOf('Worker.Alias'), end: SAM.indexOf('Worker.Alias') + 6 }, placeholder: 'Worker' });
  });

  it('refuse a new name whose generated names another resource already has (ApiRole)', () => {
    const withRole = parseTemplate(SAM.replace('Resources:\n', 'Resources:\n  ApiRole:\n    Type: AWS::IAM::Role\n'), 'yaml');
    const result = renameAt(withRole, withRole.text.indexOf('Worker:') + 1, 'Api');
    assert.deepEqual(result, { error: "'ApiRole', the renamed 'WorkerRole' that SAM generates, is already declared (resource)" });
  });

  it('are not attached without the transform', () => {
    const plain = parseTemplate(SAM.replace('Transform: AWS::Serverless-2016-10-31\n', ''), 'yaml');
    assert.equal(definitionAt(plain, plain.text.indexOf('Worker.Alias') + 8), undefined);
  });
});

describe("a module's resource names", () => {
  it('are renamed with the module, prefix only', () => {
    const text = 'Resources:\n  Storage:\n    Type: My::Org::Store::MODULE\nOutputs:\n  A: {Value: !Ref Storage.Bucket}\n  B: {Value: !GetAtt StorageBucket.Arn}\n';
    const { text: result } = renamed(parseTemplate(text, 'yaml'), text.indexOf('Storage:'), 'Data');
    assert.equal(result, text.replace('  Storage:', '  Data:').replace('Storage.Bucket', 'Data.Bucket').replace('StorageBucket.Arn', 'DataBucket.Arn'));
  });
});

const INTERFACE = [
  'Metadata:',
  '  AWS::CloudFormation::Interface:',
  '    ParameterGroups:',
  '      - Label: {default: Environment}',
  '        Parameters: [EnvName, Other]',
  '    ParameterLabels:',
  '      EnvName: {default: Environment name}',
  'Parameters:',
  '  EnvName:',
  '    Type: String',
  '  Other:',
  '    Type: String',
  'Resources:',
  '  Queue:',
  '    Type: AWS::SQS::Queue',
  '    Properties:',
  '      QueueName: !Sub "${EnvName}-${Other}"',
  '',
].join('\n');

describe('the console interface metadata (finding 3)', () => {
  const template = parseTemplate(INTERFACE, 'yaml');

  it('refers to parameters: a rename changes its groups and labels', () => {
    const { replaced, text } = renamed(template, INTERFACE.indexOf('  EnvName:\n    Type') + 3, 'Stage');
    assert.deepEqual(replaced, ['EnvName', 'EnvName', 'EnvName', 'EnvName']);
    assert.match(text, /Parameters: \[Stage, Other\]/);
    assert.match(text, /\n {6}Stage: \{default: Environment name\}/);
  });

  it('leads from a group entry or label key to the parameter', () => {
    assert.deepEqual(definitionAt(template, INTERFACE.indexOf('Other]') + 1)?.path, ['Parameters', 'Other']);
    assert.deepEqual(definitionAt(template, INTERFACE.indexOf('EnvName: {default') + 1)?.path, ['Parameters', 'EnvName']);
  });

  it('works in JSON', () => {
    const text = '{"Metadata": {"AWS::CloudFormation::Interface": {"ParameterLabels": {"Env": {"default": "E"}}}}, "Parameters": {"Env": {"Type": "String"}}}';
    const { replaced } = renamed(parseTemplate(text, 'json'), text.lastIndexOf('"Env"') + 2, 'Stage');
    assert.deepEqual(replaced, ['Env', 'Env']);
  });
});

describe('Fn::Sub map variables (finding 7)', () => {
  const template = parseTemplate(CAPTURE_YAML, 'yaml');

  it('lead from ${Var} to the key of the map', () => {
    const declaration = definitionAt(template, CAPTURE_YAML.indexOf('${Prefix}') + 3);
    assert.equal(declaration?.kind, 'subVariable');
    assert.equal(declaration && CAPTURE_YAML.slice(declaration.nameSpan.start, declaration.nameSpan.end), 'Prefix');
    assert.equal(declaration?.nameSpan.start, CAPTURE_YAML.indexOf('Prefix: !Ref'));
  });

  it('list their uses from the key, and are not renamed', () => {
    const spans = referenceSpansAt(template, CAPTURE_YAML.indexOf('Prefix: !Ref') + 1, false);
    assert.deepEqual(spans, [{ start: CAPTURE_YAML.indexOf('${Prefix}') + 2, end: CAPTURE_YAML.indexOf('${Prefix}') + 8 }]);
    const check = prepareRenameAt(template, CAPTURE_YAML.indexOf('${Prefix}') + 3);
    assert.ok('error' in check && check.error.includes('variable of its Fn::Sub'));
  });
});

describe('rename to the identifier of a Fn::ForEach loop', () => {
  it('is refused: inside the loop ${Name} would name the loop item', () => {
    const text = [
      'Transform: AWS::LanguageExtensions',
      'Parameters:',
      '  EnvName: {Type: String, Default: dev}',
      'Resources:',
      '  Fn::ForEach::Topics:',
      '    - TopicName',
      '    - [Alpha, Beta]',
      '    - Topic${TopicName}:',
      '        Type: AWS::SNS::Topic',
      '        Properties:',
      '          TopicName: !Sub "${TopicName}-${EnvName}"',
      '',
    ].join('\n');
    const template = parseTemplate(text, 'yaml');
    assert.deepEqual(renameAt(template, text.indexOf('EnvName:') + 1, 'TopicName'), {
      error: "'TopicName' is the identifier of a Fn::ForEach loop: inside it, ${TopicName} names the loop's item",
    });
    assert.ok('edits' in renameAt(template, text.indexOf('EnvName:') + 1, 'Stage'));
  });
});

