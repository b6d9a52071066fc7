import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { primaryIdentifiersRule } from '../../../src/core/rules/primaryIdentifiers';
import { parseTemplate } from '../../../src/core/template';
import { yaml } from './schemaRulesHelper';

/** `path: message start` of each E3019 finding. */
function clashes(text: string): string[] {
  return primaryIdentifiersRule.run(parseTemplate(text, 'yaml')).map((found) => `${found.path?.join('/')}: ${found.message.split(/: (they identify|each environment)/)[0]}`);
}

const role = (id: string, name: string, ...extra: string[]) => [`  ${id}:`, '    Type: AWS::IAM::Role', ...extra, '    Properties:', '      AssumeRolePolicyDocument: {}', `      RoleName: ${name}`];
const conditions = ['Conditions:', "  East: !Equals [!Ref 'AWS::Region', us-east-1]", '  NotEast: !Not [!Condition East]'];

describe('E3019 resources of one type with the same primary identifier', () => {
  it('reports each resource of a pair that shares a literal name, naming the other', () => {
    assert.deepEqual(clashes(yaml('Resources:', ...role('A', 'app'), ...role('B', 'app'), ...role('C', 'other'))), [
      "Resources/A/Properties/RoleName: RoleName 'app' is also that of B",
      "Resources/B/Properties/RoleName: RoleName 'app' is also that of A",
    ]);
  });

  it('reads a logical ID written twice as CloudFormation does, the last copy only: it clashes with no other copy of itself', () => {
    const text = yaml('Resources:', ...role('A', 'app'), ...role('A', 'app'), ...role('B', 'other'));
    assert.deepEqual(clashes(text), []);
    assert.deepEqual(parseTemplate(text, 'yaml').parseFindings.map((found) => `${found.ruleId} ${found.severity} ${found.message}`), ["W0002 warning Duplicate key 'A': CloudFormation keeps only the last value given for it"]);
  });

  it('says why the second resource fails and what to do', () => {
    const [found] = primaryIdentifiersRule.run(parseTemplate(yaml('Resources:', ...role('A', 'app'), ...role('B', 'app')), 'yaml'));
    assert.equal(
      found.message,
      "RoleName 'app' is also that of B: they identify an AWS::IAM::Role, so no two may share them (a name is unique in the account and Region, or wider for global names such as IAM's and S3 buckets'), and creating the second fails. " +
        'Leave it out to let CloudFormation generate a name, or make each one different',
    );
    assert.equal(found.severity, 'error');
    // A stage's name is required: the only way out is another name.
    const stage = (id: string) => [`  ${id}:`, '    Type: AWS::ApiGateway::Stage', '    Properties:', '      RestApiId: api-id', '      StageName: prod'];
    assert.match(primaryIdentifiersRule.run(parseTemplate(yaml('Resources:', ...stage('One'), ...stage('Two')), 'yaml'))[0].message, /fails\. Make each one different$/);
  });

  it('compares intrinsic values as written: the same expression resolves to the same name', () => {
    const text = yaml('Resources:', ...role('A', '!Sub "${AWS::StackName}-app"'), ...role('B', '!Sub "${AWS::StackName}-app"'), ...role('C', '!Sub "${AWS::StackName}-web"'));
    assert.deepEqual(clashes(text), [
      'Resources/A/Properties/RoleName: RoleName {"Fn::Sub":"${AWS::StackName}-app"} is also that of B',
      'Resources/B/Properties/RoleName: RoleName {"Fn::Sub":"${AWS::StackName}-app"} is also that of A',
    ]);
  });

  it('leaves resources that never exist together, and Fn::If branches that never hold together, alone', () => {
    const apart = yaml(...conditions, 'Resources:', ...role('A', 'app', '    Condition: East'), ...role('B', 'app', '    Condition: NotEast'));
    assert.deepEqual(clashes(apart), []);
    const branches = yaml(...conditions, 'Resources:', ...role('A', 'app', '    Condition: East'), ...role('B', "!If [East, !Ref 'AWS::NoValue', app]"));
    assert.deepEqual(clashes(branches), []);
    const together = yaml(...conditions, 'Resources:', ...role('A', 'app', '    Condition: East'), ...role('B', "!If [East, app, !Ref 'AWS::NoValue']"));
    assert.deepEqual(clashes(together), [
      "Resources/A/Properties/RoleName: RoleName 'app' is also that of B",
      "Resources/B/Properties/RoleName/Fn::If/1: RoleName 'app' is also that of A",
    ]);
  });

  it('needs every property of a composite identifier equal', () => {
    const stage = (id: string, name: string) => [`  ${id}:`, '    Type: AWS::ApiGateway::Stage', '    Properties:', '      RestApiId: !Ref Api', `      StageName: ${name}`];
    const api = ['  Api:', '    Type: AWS::ApiGateway::RestApi', '    Properties:', '      Name: api'];
    assert.deepEqual(clashes(yaml('Resources:', ...api, ...stage('One', 'prod'), ...stage('Two', 'test'))), []);
    assert.deepEqual(clashes(yaml('Resources:', ...api, ...stage('One', 'prod'), ...stage('Two', 'prod'))), [
      `Resources/One/Properties/RestApiId: RestApiId and StageName (!Ref Api, 'prod') are also those of Two`,
      `Resources/Two/Properties/RestApiId: RestApiId and StageName (!Ref Api, 'prod') are also those of One`,
    ]);
  });

  it('judges only identifiers a template sets: generated names, and types identified by a read-only Id, are never compared', () => {
    const unnamed = ['  A:', '    Type: AWS::IAM::Role', '    Properties:', '      AssumeRolePolicyDocument: {}'];
    assert.deepEqual(clashes(yaml('Resources:', ...unnamed, ...role('B', 'app'))), []);
    // AWS::CodeBuild::Project's primary identifier is its read-only Id: two projects named alike are another rule's business.
    const project = (id: string) => [`  ${id}:`, '    Type: AWS::CodeBuild::Project', '    Properties:', '      Name: same'];
    assert.deepEqual(clashes(yaml('Resources:', ...project('P1'), ...project('P2'))), []);
  });

  it('holds a Beanstalk environment\'s CNAMEPrefix unique too: blue and green with the same prefix', () => {
    const environment = (id: string, prefix: string) => [`  ${id}:`, '    Type: AWS::ElasticBeanstalk::Environment', '    Properties:', '      ApplicationName: app', '      SolutionStackName: 64bit Amazon Linux 2023 v6.1.0 running Node.js 20', `      CNAMEPrefix: ${prefix}`];
    assert.deepEqual(clashes(yaml('Resources:', ...environment('Blue', 'web-blue'), ...environment('Green', 'web-green'))), []);
    assert.deepEqual(clashes(yaml('Resources:', ...environment('Blue', 'web-live'), ...environment('Green', 'web-live'))), [
      "Resources/Blue/Properties/CNAMEPrefix: CNAMEPrefix 'web-live' is also that of Green",
      "Resources/Green/Properties/CNAMEPrefix: CNAMEPrefix 'web-live' is also that of Blue",
    ]);
    const [found] = primaryIdentifiersRule.run(parseTemplate(yaml('Resources:', ...environment('Blue', 'web-live'), ...environment('Green', 'web-live')), 'yaml'));
    assert.match(found.message, /each environment takes a domain name of its own/);
  });

  it('holds a network ACL entry\'s rule number unique per ACL and direction, Egress left out being false', () => {
    const entry = (id: string, rule: number, egress?: string, acl = 'Nacl') =>
      [`  ${id}:`, '    Type: AWS::EC2::NetworkAclEntry', '    Properties:', `      NetworkAclId: !Ref ${acl}`, `      RuleNumber: ${rule}`, '      Protocol: -1', '      RuleAction: allow', '      CidrBlock: 0.0.0.0/0', ...(egress ? [`      Egress: ${egress}`] : [])];
    assert.deepEqual(clashes(yaml('Resources:', ...entry('In', 100), ...entry('Out', 100, 'true'), ...entry('Other', 100, undefined, 'OtherNacl'), ...entry('Next', 110))), []);
    assert.deepEqual(clashes(yaml('Resources:', ...entry('In', 100), ...entry('Again', 100, 'false'))).map((line) => line.split(': a network ACL numbers')[0]), [
      `Resources/In/Properties/RuleNumber: RuleNumber, NetworkAclId and Egress ('100', !Ref Nacl, 'false') are also those of Again`,
      `Resources/Again/Properties/RuleNumber: RuleNumber, NetworkAclId and Egress ('100', !Ref Nacl, 'false') are also those of In`,
    ]);
  });
});
