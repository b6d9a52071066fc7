import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachChildTemplates, childTemplateOf, ChildTemplateReader, isLocalPath, localTemplateLocations, type ChildTemplate } from '../../../src/core/nested';
import { nestedStackChildRule } from '../../../src/core/rules/nestedStackChild';
import { parseTemplate, type TemplateFormat } from '../../../src/core/template';
import { hoverAt } from '../../../src/core/hover';

const CHILD = [
  'Parameters:',
  '  VpcCidr: {Type: String}',
  '  Environment: {Type: String, Default: dev}',
  'Resources:',
  '  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Ref VpcCidr}}',
  'Outputs:',
  '  VpcId: {Value: !Ref Vpc, Description: The VPC of the lab}',
  '  PrivateSubnets: {Value: a}',
  '',
].join('\n');

function child(text: string, format: TemplateFormat = 'yaml'): ChildTemplate | undefined {
  return childTemplateOf(parseTemplate(text, format));
}

/** The rule's findings on `parent` with ./network.yaml read as `children` says, as `id path 'text' message`. */
function findingsOf(parent: string, children: Record<string, string> = { './network.yaml': CHILD }): string[] {
  const template = parseTemplate(parent, 'yaml');
  attachChildTemplates(template, new Map(Object.entries(children).map(([location, text]) => [location, child(text)!])));
  return nestedStackChildRule
    .run(template)
    .map((f) => `${f.ruleId} ${(f.path ?? []).join('/')} '${parent.slice(f.span.start, f.span.end)}' ${f.message}`);
}

function stack(properties: string[], outputs: string[] = []): string {
  return ['Resources:', '  Network:', '    Type: AWS::CloudFormation::Stack', '    Properties:', ...properties.map((line) => `      ${line}`), ...outputs, ''].join('\n');
}

describe('nested stack templates read from local files', () => {
  it("reports a value the child's AllowedValues do not list", () => {
    const withAllowed = CHILD.replace('Environment: {Type: String, Default: dev}', "Environment: {Type: String, Default: dev, AllowedValues: [dev, prod, 'true']}");
    const parent = (value: string) => stack(['TemplateURL: ./network.yaml', `Parameters: {VpcCidr: 10.0.0.0/16, Environment: ${value}}`]);
    assert.deepEqual(findingsOf(parent('staging'), { './network.yaml': withAllowed }), [
      "E3043 Resources/Network/Properties/Parameters/Environment 'staging' Nested stack 'Network' passes 'staging' for parameter 'Environment', which ./network.yaml allows only dev, prod, true: CloudFormation cannot create the nested stack",
    ]);
    for (const value of ['prod', 'true', '!Ref Stage']) assert.deepEqual(findingsOf(parent(value), { './network.yaml': withAllowed }), [], value);
    const listChild = withAllowed.replace("Environment: {Type: String, Default: dev, AllowedValues: [dev, prod, 'true']}", 'Environment: {Type: CommaDelimitedList, Default: dev, AllowedValues: [dev, prod, qa]}');
    assert.deepEqual(findingsOf(parent("'dev,qa'"), { './network.yaml': listChild }), []);
    assert.equal(findingsOf(parent("'dev,staging'"), { './network.yaml': listChild }).length, 1);
  });

  it("reports a branch of Fn::If the child's AllowedValues do not list, and not AWS::NoValue", () => {
    const withAllowed = CHILD.replace('Environment: {Type: String, Default: dev}', 'Environment: {Type: String, Default: dev, AllowedValues: [dev, prod]}');
    const parent = (value: string) => `Conditions:\n  IsProd: !Equals [!Ref AWS::Region, us-east-1]\n${stack(['TemplateURL: ./network.yaml', `Parameters: {VpcCidr: 10.0.0.0/16, Environment: ${value}}`])}`;
    assert.deepEqual(
      findingsOf(parent('!If [IsProd, production, dev]'), { './network.yaml': withAllowed }).map((found) => found.split(' Nested')[0]),
      ["E3043 Resources/Network/Properties/Parameters/Environment 'production'"],
    );
    assert.deepEqual(findingsOf(parent('!If [IsProd, prod, !Ref AWS::NoValue]'), { './network.yaml': withAllowed }), []);
  });

  it('reads a number in AllowedValues or passed as written: 1.0 is 1.0, and the same number either way', () => {
    const sizes = CHILD.replace('Environment: {Type: String, Default: dev}', "Environment: {Type: String, Default: '1.0', AllowedValues: ['1.0', 0.5, 2.0]}");
    const parent = (value: string) => stack(['TemplateURL: ./network.yaml', `Parameters: {VpcCidr: 10.0.0.0/16, Environment: ${value}}`]);
    for (const value of ['1.0', '0.5', "'2.0'", '2']) assert.deepEqual(findingsOf(parent(value), { './network.yaml': sizes }), [], value);
    assert.equal(findingsOf(parent('3.0'), { './network.yaml': sizes }).length, 1);
    assert.deepEqual(child(sizes)?.parameters?.find((parameter) => parameter.name === 'Environment')?.allowedValues, ['1.0', '0.5', '2.0']);
  });

  it('summarises a child: outputs, parameters and which have a Default', () => {
    assert.deepEqual(child(CHILD), {
      outputs: ['VpcId', 'PrivateSubnets'],
      outputDescriptions: { VpcId: 'The VPC of the lab' },
      parameters: [
        { name: 'VpcCidr', hasDefault: false },
        { name: 'Environment', hasDefault: true },
      ],
    });
    assert.deepEqual(child('{"Parameters": {"A": {"Type": "String"}}, "Resources": {}}', 'json'), { outputs: [], outputDescriptions: {}, parameters: [{ name: 'A', hasDefault: false }] });
    assert.equal(child('apiVersion: v1\nkind: Pod\n'), undefined);
  });

  it('leaves outputs and parameters open when a macro or a loop may add some', () => {
    assert.deepEqual(child('Transform: MyMacro\nResources: {}\nOutputs: {A: {Value: a}}\n'), { outputs: undefined, outputDescriptions: {}, parameters: undefined });
    assert.deepEqual(child('Transform: [AWS::LanguageExtensions]\nResources: {}\nOutputs:\n  Fn::ForEach::Out: [X, [a], {"O${X}": {Value: a}}]\n'), {
      outputs: undefined,
      outputDescriptions: {},
      parameters: [],
    });
    assert.deepEqual(child('Transform: AWS::Serverless-2016-10-31\nResources: {}\n'), { outputs: [], outputDescriptions: {}, parameters: [] });
  });

  it('reads only locations without a URL scheme as local paths', () => {
    assert.deepEqual(
      ['./a.yaml', 'stacks/b.json', '../c.yaml', 'https://s3.amazonaws.com/b/k.yaml', 's3://b/k', 'https://${Bucket}.s3.amazonaws.com/k', ''].map(isLocalPath),
      [true, true, true, false, false, false, false],
    );
    const parent = parseTemplate(
      stack(['TemplateURL: ./network.yaml']) + '  App:\n    Type: AWS::Serverless::Application\n    Properties: {Location: ./network.yaml}\n  Db:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: !Sub "https://${B}.s3.amazonaws.com/db.yaml"}\n',
      'yaml',
    );
    assert.deepEqual(localTemplateLocations(parent), ['./network.yaml']);
  });

  it('reports a parameter the child does not declare, with the closest name', () => {
    assert.deepEqual(findingsOf(stack(['TemplateURL: ./network.yaml', 'Parameters: {VpcCidrr: 10.0.0.0/16}'])), [
      "E3043 Resources/Network/Properties/Parameters/VpcCidrr 'VpcCidrr' Parameter 'VpcCidrr' is not declared in ./network.yaml, the template of nested stack 'Network'. Did you mean 'VpcCidr'?",
      "E3043 Resources/Network/Properties/Parameters 'Parameters' Nested stack 'Network' does not pass parameter 'VpcCidr', which ./network.yaml declares without a Default: CloudFormation cannot create the nested stack without it",
    ]);
  });

  it('reports required parameters when Parameters is left out, at the resource', () => {
    assert.deepEqual(findingsOf(stack(['TemplateURL: ./network.yaml'])), [
      "E3043 Resources/Network/Properties 'Network' Nested stack 'Network' does not pass parameter 'VpcCidr', which ./network.yaml declares without a Default: CloudFormation cannot create the nested stack without it",
    ]);
  });

  it('accepts every required parameter passed, those with a Default left out, and intrinsic values', () => {
    assert.deepEqual(findingsOf(stack(['TemplateURL: ./network.yaml', 'Parameters: {VpcCidr: !Ref AWS::NoValue, Environment: !Sub "${AWS::Region}"}'])), []);
    assert.deepEqual(findingsOf(stack(['TemplateURL: ./network.yaml', 'Parameters: {VpcCidr: 10.0.0.0/16}'])), []);
  });

  it('checks Fn::If branch by branch and skips Parameters computed otherwise', () => {
    const parent = stack(['TemplateURL: ./network.yaml', 'Parameters: !If [Prod, {VpcCidr: 10.0.0.0/16}, {Environment: dev}]']);
    assert.deepEqual(findingsOf(parent), [
      "E3043 Resources/Network/Properties/Parameters '{Environment: dev}' Nested stack 'Network' does not pass in this Fn::If branch parameter 'VpcCidr', which ./network.yaml declares without a Default: CloudFormation cannot create the nested stack without it",
    ]);
    assert.deepEqual(findingsOf(stack(['TemplateURL: ./network.yaml', 'Parameters: !FindInMap [M, K, V]'])), []);
  });

  it('reports GetAtt and Sub of an output the child does not declare, with a fix for a near miss', () => {
    const parent = stack(
      ['TemplateURL: ./network.yaml', 'Parameters: {VpcCidr: 10.0.0.0/16}'],
      ['Outputs:', '  A: {Value: !GetAtt Network.Outputs.VpcIdd}', '  B: {Value: !Sub "${Network.Outputs.Nothing}"}', '  C: {Value: !GetAtt Network.Outputs.PrivateSubnets}'],
    );
    assert.deepEqual(findingsOf(parent), [
      "E1010 Outputs/A/Value/Fn::GetAtt/1 'Outputs.VpcIdd' Nested stack 'Network' has no output 'VpcIdd' (./network.yaml). Did you mean 'VpcId'?",
      "E1019 Outputs/B/Value/Fn::Sub 'Outputs.Nothing' Nested stack 'Network' has no output 'Nothing' (./network.yaml): it declares PrivateSubnets, VpcId",
    ]);
    const template = parseTemplate(parent, 'yaml');
    attachChildTemplates(template, new Map([['./network.yaml', child(CHILD)!]]));
    const [fix] = nestedStackChildRule.run(template)[0].fixes!;
    assert.deepEqual(fix.edits.map((edit) => [parent.slice(edit.span.start, edit.span.end), edit.newText]), [['Outputs.VpcIdd', 'Outputs.VpcId']]);
  });

  it('is silent without the child, for a remote template, and when the child leaves outputs open', () => {
    const parent = stack(['TemplateURL: ./network.yaml'], ['Outputs:', '  A: {Value: !GetAtt Network.Outputs.Anything}']);
    assert.deepEqual(findingsOf(parent, {}), []);
    assert.deepEqual(findingsOf(parent.replace('./network.yaml', 'https://s3.amazonaws.com/b/network.yaml')), []);
    assert.deepEqual(findingsOf(parent, { './network.yaml': 'Transform: Macro\nResources: {}\n' }), []);
  });
});

describe('reading child templates', () => {
  it('parses each text once, again when it changes, and skips what could not be read or is no template', () => {
    const reader = new ChildTemplateReader();
    const first = reader.read([
      { location: './network.yaml', uri: 'file:///w/network.yaml', text: CHILD },
      { location: './gone.yaml', uri: 'file:///w/gone.yaml', text: null },
      { location: './pod.yaml', uri: 'file:///w/pod.yaml', text: 'apiVersion: v1\nkind: Pod\n' },
    ]);
    assert.deepEqual([...first.keys()], ['./network.yaml']);
    const again = reader.read([{ location: './network.yaml', uri: 'file:///w/network.yaml', text: CHILD }]);
    assert.equal(again.get('./network.yaml'), first.get('./network.yaml'));
    const changed = reader.read([{ location: './network.yaml', uri: 'file:///w/network.yaml', text: `${CHILD}  Extra: {Value: x}\n` }]);
    assert.deepEqual(changed.get('./network.yaml')?.outputs, ['VpcId', 'PrivateSubnets', 'Extra']);
  });
});

describe('hover on a nested stack output', () => {
  it("describes Outputs.Name from the child's template, and says nothing of an output it lacks", () => {
    const parent = stack(['TemplateURL: ./network.yaml'], ['Outputs:', '  A: {Value: !GetAtt Network.Outputs.VpcId}', '  B: {Value: !GetAtt [Network, Outputs.Nothing]}']);
    const template = parseTemplate(parent, 'yaml');
    attachChildTemplates(template, new Map([['./network.yaml', child(CHILD)!]]));
    const at = (text: string) => hoverAt(template, parent.indexOf(text) + 2)?.sections.map((section) => section.markdown);
    assert.deepEqual(at('VpcId}'), ["**Network.Outputs.VpcId**: output of the nested stack's template `./network.yaml`\n\nThe VPC of the lab"]);
    assert.equal(at('Nothing]'), undefined);
  });
});

describe('completion of a nested stack\'s Parameters from its template', () => {
  it('offers the child parameters not yet given, required ones first, and the allowed values of one', async () => {
    const { completionsAt } = await import('../../../src/core/completion');
    const { useGeneratedSchema } = await import('../schema/schemaHelper');
    useGeneratedSchema();
    const childText = CHILD.replace('  Environment: {Type: String, Default: dev}', '  Environment: {Type: String, Default: dev, AllowedValues: [dev, prod]}');
    const parent = (tail: string) =>
      ['Resources:', '  Network:', '    Type: AWS::CloudFormation::Stack', '    Properties:', '      TemplateURL: ./network.yaml', '      Parameters:', tail].join('\n');
    const at = (text: string) => {
      const template = parseTemplate(text, 'yaml');
      attachChildTemplates(template, new Map([['./network.yaml', child(childText)!]]));
      return completionsAt(template, text.length);
    };
    const keys = at(parent('        E'));
    assert.deepEqual(keys.filter((item) => item.kind === 'property').map((item) => [item.label, item.sortText]), [['VpcCidr', '0_VpcCidr'], ['Environment', '1_Environment']]);
    assert.deepEqual(at(parent('        VpcCidr: 10.0.0.0/16\n        E')).filter((item) => item.kind === 'property').map((item) => item.label), ['Environment']);
    assert.deepEqual(at(parent('        VpcCidr: 10.0.0.0/16\n        E')).filter((item) => item.label === 'Ref' || item.label.startsWith('Fn::')), []);
    assert.deepEqual(at(parent('        Environment: ')).filter((item) => item.kind === 'value').map((item) => item.label), ['dev', 'prod']);
    const application = (tail: string) =>
      ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Network:', '    Type: AWS::Serverless::Application', '    Properties:', '      Location: ./network.yaml', '      Parameters:', tail].join('\n');
    assert.deepEqual(at(application('        E')).filter((item) => item.kind === 'property').map((item) => item.label), ['VpcCidr', 'Environment']);
  });
});

describe('a nested stack whose local template file is not there', () => {
  it('is an error at its TemplateURL only when the host knows no file is there, and dynamic references are no paths', () => {
    const parent = stack(['TemplateURL: ./network.yaml', 'Parameters: {VpcCidr: 10.0.0.0/16}']);
    const findings = (missing: boolean) => {
      const template = parseTemplate(parent, 'yaml');
      attachChildTemplates(template, new ChildTemplateReader().read([{ location: './network.yaml', uri: 'file:///w/network.yaml', text: null, missing }]));
      return nestedStackChildRule.run(template).map((found) => `${found.ruleId} ${found.path?.join('/')} '${parent.slice(found.span.start, found.span.end)}'`);
    };
    assert.deepEqual(findings(true), ["E3043 Resources/Network/Properties/TemplateURL './network.yaml'"]);
    assert.deepEqual(findings(false), []);
    assert.equal(isLocalPath('{{resolve:ssm:/app/template-url:1}}'), false);
    // A build tool's placeholder for the bucket URL is replaced before deployment.
    for (const location of ['__URL__/utils/amis.yaml', '<ARTIFACT_BUCKET>/child.yaml', '%%BUCKET%%/child.yaml']) assert.equal(isLocalPath(location), false, location);
    assert.equal(isLocalPath('__init__.yaml'), true);
  });
});

describe('a child template that does not parse', () => {
  it('declares nothing known, so the parent gets no finding built from the parser guess', () => {
    const broken = child('Parameters:\n  VpcCidr: {Type: String}\nOutputs:\n  VpcId: {Value: "a}\n');
    assert.deepEqual(broken, { outputs: undefined, outputDescriptions: {}, parameters: undefined });
  });
});
