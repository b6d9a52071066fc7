/** CX3024: event patterns whose detail-type their AWS source never sends. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closestDetailType, eventDetailTypeNeverSent } from '../../../../src/core/rules/catalogue/governance/eventPatterns';
import { SERVICE_DETAIL_TYPES } from '../../../../src/core/rules/catalogue/governance/eventDetailTypes';
import { fixed, only } from '../exam/helpers';
import { findings, paths, resources } from './checkObjects';

/** A rule whose EventPattern is the given YAML (indented to sit under EventPattern:). */
function rule(pattern: string): string {
  return resources(`  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n${pattern}`);
}

const DETAIL_TYPE = 'Resources/Rule/Properties/EventPattern/detail-type';

describe('CX3024 detail-types the source never sends', () => {
  it('reports a CodeCommit push pattern and suggests the repository state change', () => {
    const text = rule('        source: [aws.codecommit]\n        detail-type: [CodeCommit Push]\n');
    const found = only(findings(eventDetailTypeNeverSent, text));
    assert.deepEqual(found.path, ['Resources', 'Rule', 'Properties', 'EventPattern', 'detail-type']);
    assert.match(found.message, /'CodeCommit Push', which aws\.codecommit never sends: the rule never fires \(did you mean 'CodeCommit Repository State Change'\?\)/);
    assert.equal(found.fixes, undefined, 'a guess by words is no quick fix');
  });

  it('suggests the hyphenated spelling of the EC2 state change, and fixes it', () => {
    const text = rule('        source: [aws.ec2]\n        detail-type: [EC2 Instance State Change Notification]\n');
    const found = only(findings(eventDetailTypeNeverSent, text));
    assert.match(found.message, /did you mean 'EC2 Instance State-change Notification'/);
    assert.deepEqual(findings(eventDetailTypeNeverSent, fixed(text, found)), []);
  });

  it('accepts every detail-type the table lists for its source', () => {
    for (const [source, { types }] of Object.entries(SERVICE_DETAIL_TYPES)) {
      const text = rule(`        source: [${source}]\n        detail-type:\n${types.map((type) => `          - "${type}"\n`).join('')}`);
      assert.deepEqual(paths(eventDetailTypeNeverSent, text), [], source);
    }
  });

  it('reads a pattern written as JSON text', () => {
    const text = resources(
      `  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: '{"source": ["aws.imagebuilder"], "detail-type": ["Image Builder Pipeline Failed"]}'\n`,
    );
    const found = only(findings(eventDetailTypeNeverSent, text));
    assert.deepEqual(found.path, ['Resources', 'Rule', 'Properties', 'EventPattern']);
    assert.match(found.message, /aws\.imagebuilder never sends/);
    assert.equal(found.fixes, undefined);
  });

  it('stays silent on a detail-type or source taken from a parameter or a function', () => {
    const parameters = '  Kind:\n    Type: String\n  Source:\n    Type: String\n';
    const body = (pattern: string) => `  Rule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n${pattern}`;
    assert.deepEqual(paths(eventDetailTypeNeverSent, resources(body('        source: [aws.codecommit]\n        detail-type: [!Ref Kind]\n'), parameters)), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, resources(body('        source: [!Ref Source]\n        detail-type: [CodeCommit Push]\n'), parameters)), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, resources(body("        source: [aws.codecommit]\n        detail-type: [!Sub 'CodeCommit ${Kind}']\n"), parameters)), []);
  });

  it('accepts the CloudTrail detail-types for any source', () => {
    const text = rule('        source: [aws.s3, aws.codecommit]\n        detail-type: [AWS API Call via CloudTrail, AWS Service Event via CloudTrail]\n        detail:\n          eventName: [PutObject]\n');
    assert.deepEqual(paths(eventDetailTypeNeverSent, text), []);
  });

  it('treats prefix, wildcard and anything-but matchers as unknown', () => {
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [aws.codecommit]\n        detail-type: [{prefix: "CodeCommit"}]\n')), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [{prefix: "aws.code"}]\n        detail-type: [CodeCommit Push]\n')), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [aws.ec2]\n        detail-type: [{wildcard: "EC2 *"}]\n')), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [{anything-but: [aws.ec2]}]\n        detail-type: [CodeCommit Push]\n')), []);
  });

  it('still reports a literal that no event matches beside a prefix matcher, without saying the rule never fires', () => {
    const found = only(findings(eventDetailTypeNeverSent, rule('        source: [aws.codecommit]\n        detail-type: [CodeCommit Push, {prefix: "CodeCommit Pull"}]\n')));
    assert.match(found.message, /that value matches no event/);
  });

  it('judges a detail-type wrong only when none of the listed sources sends it', () => {
    const both = rule('        source: [aws.codebuild, aws.codepipeline]\n        detail-type: [CodeBuild Build State Change, CodePipeline Pipeline Execution State Change]\n');
    assert.deepEqual(paths(eventDetailTypeNeverSent, both), []);
    const wrong = rule('        source: [aws.codebuild, aws.codepipeline]\n        detail-type: [CodeDeploy Deployment State-change Notification]\n');
    assert.match(only(findings(eventDetailTypeNeverSent, wrong)).message, /any of aws\.codebuild, aws\.codepipeline never sends/);
  });

  it('leaves sources it has no list for, custom sources, and patterns without a source alone', () => {
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [aws.ecs]\n        detail-type: [ECS Task Stopped]\n')), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        source: [aws.codecommit, com.example.git]\n        detail-type: [CodeCommit Push]\n')), []);
    assert.deepEqual(paths(eventDetailTypeNeverSent, rule('        detail-type: [CodeCommit Push]\n')), []);
  });

  it('reports each wrong value of the list, and is case-sensitive', () => {
    const text = rule('        source: [aws.codepipeline]\n        detail-type: [CodePipeline Pipeline Execution State Change, codepipeline stage execution state change]\n');
    const found = only(findings(eventDetailTypeNeverSent, text));
    assert.deepEqual(found.path, DETAIL_TYPE.split('/'));
    assert.match(found.message, /did you mean 'CodePipeline Stage Execution State Change'/);
  });

  it('reads the Pattern of SAM EventBridgeRule and CloudWatchEvent events', () => {
    const text = resources(`  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      CodeUri: src/
      Events:
        OnFinding:
          Type: EventBridgeRule
          Properties:
            Pattern:
              source: [aws.guardduty]
              detail-type: [GuardDuty Findings]
        OnPush:
          Type: CloudWatchEvent
          Properties:
            Pattern:
              source: [aws.codecommit]
              detail-type: [CodeCommit Repository State Change]
`);
    const found = only(findings(eventDetailTypeNeverSent, text));
    assert.equal(found.path?.join('/'), 'Resources/Fn/Properties/Events/OnFinding/Properties/Pattern/detail-type');
    assert.match(found.message, /did you mean 'GuardDuty Finding'/);
  });

  it('names the source that sends a detail-type written under another source, with no fix', () => {
    const found = only(findings(eventDetailTypeNeverSent, rule("        source: ['aws.ec2']\n        'detail-type': ['ECS Service Action']\n")));
    assert.match(found.message, /which aws\.ec2 never sends: the rule never fires \('ECS Service Action' comes from aws\.ecs\)$/);
    assert.equal(found.fixes, undefined);
  });

  it('picks the closest real detail-type', () => {
    const types = SERVICE_DETAIL_TYPES['aws.imagebuilder'].types;
    assert.equal(closestDetailType('EC2 Image Builder Image State Changed', types), 'EC2 Image Builder Image State Change');
    assert.equal(closestDetailType('Something else entirely', SERVICE_DETAIL_TYPES['aws.codecommit'].types), 'CodeCommit Repository State Change');
  });
});
