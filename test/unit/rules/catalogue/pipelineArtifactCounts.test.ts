/** CX0223: the number of input and output artifacts each action type takes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from './helpers';

const action = (category: string, provider: string, artifacts: string) => `            - Name: Act
              ActionTypeId: { Category: ${category}, Owner: AWS, Provider: ${provider}, Version: '1' }
${artifacts}`;

const pipeline = (...actions: string[]) => `Parameters:
  Extra:
    Type: CommaDelimitedList
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/pipeline
      ArtifactStore: { Type: S3, Location: bucket }
      Stages:
        - Name: Stage
          Actions:
${actions.join('')}`;

const inputs = (...names: string[]) => `              InputArtifacts:\n${names.map((name) => `                - Name: ${name}\n`).join('')}`;
const outputs = (...names: string[]) => `              OutputArtifacts:\n${names.map((name) => `                - Name: ${name}\n`).join('')}`;
const found = (text: string) => check('CX0223', text).map((hit) => `${hit.path?.slice(-1)[0]}: ${hit.message}`);

describe('CX0223 artifact counts by action type', () => {
  it('reports a manual approval with artifacts, a source without output and a CodeBuild action without input', () => {
    assert.deepEqual(found(pipeline(action('Approval', 'Manual', inputs('Built')))), ["InputArtifacts: Action 'Act' (Approval Manual) has 1 input artifact: CodePipeline takes 0 for this action type"]);
    assert.deepEqual(found(pipeline(action('Source', 'S3', ''))), ["0: Action 'Act' (Source S3) has 0 output artifacts: CodePipeline takes 1 for this action type"]);
    assert.deepEqual(found(pipeline(action('Build', 'CodeBuild', outputs('Built')))), ["0: Action 'Act' (Build CodeBuild) has 0 input artifacts: CodePipeline takes 1 to 5 for this action type"]);
    assert.deepEqual(found(pipeline(action('Deploy', 'CloudFormation', inputs('A') + outputs('B', 'C')))), ["OutputArtifacts: Action 'Act' (Deploy CloudFormation) has 2 output artifacts: CodePipeline takes 0 to 1 for this action type"]);
    assert.deepEqual(found(pipeline(action('Deploy', 'ECS', inputs('A', 'B')))), ["InputArtifacts: Action 'Act' (Deploy ECS) has 2 input artifacts: CodePipeline takes 1 for this action type"]);
  });
  it('accepts the counts of the table, and leaves computed lists and providers it does not list alone', () => {
    assert.deepEqual(found(pipeline(action('Approval', 'Manual', ''), action('Source', 'CodeStarSourceConnection', outputs('Src')), action('Build', 'CodeBuild', inputs('A', 'B', 'C', 'D', 'E') + outputs('Built')))), []);
    assert.deepEqual(found(pipeline(action('Deploy', 'CloudFormation', ''), action('Invoke', 'Lambda', ''), action('Deploy', 'S3', inputs('Site')))), []);
    assert.deepEqual(found(pipeline(action('Deploy', 'ECS', '              InputArtifacts: !Ref Extra\n'))), []);
    assert.deepEqual(found(pipeline(action('Deploy', 'CodeDeployToECS', inputs('A', 'B', 'C')), action('Invoke', 'StepFunctions', ''))), []);
  });
});
