/** The registry constraints take what the newer resource specification knows: values and properties added since. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reconcile, type SpecShape } from '../../../scripts/registry-newer-spec.mjs';
import { analyze } from '../../../src/core/analyze';
import { parseTemplate } from '../../../src/core/template';
import { useGeneratedSchema } from './schemaHelper';

const property = (allowedValues?: string[]) => ({ type: allowedValues ? { allowedValues } : {} });

describe('registry constraints widened by the newer specification', () => {
  it('adds allowed values (also through a $ref), new properties, and a branch per new property to a tagged union', () => {
    const schema = {
      properties: { Config: { $ref: '#/definitions/Config' } },
      definitions: {
        Config: { additionalProperties: false, properties: { Type: { $ref: '#/definitions/Kind' } }, requiredXor: ['Type', 'Other'] },
        Kind: { type: 'string', enum: ['VECTOR', 'SQL'] },
        Target: { oneOf: [{ additionalProperties: false, properties: { Lambda: true }, required: ['Lambda'] }] },
      },
    };
    const spec: SpecShape = {
      properties: new Map([['Config', property()]]),
      definitions: new Map([
        ['Config', new Map([['Type', property(['VECTOR', 'SQL', 'MANAGED'])], ['Managed', property()]])],
        ['Target', new Map([['Lambda', property()], ['Connector', property()]])],
      ]),
    };
    assert.deepEqual(reconcile(schema, spec), ['Config: +Managed', 'Config.Type enum', 'Target: +Connector']);
    assert.deepEqual(schema.definitions.Kind.enum, ['VECTOR', 'SQL', 'MANAGED']);
    assert.deepEqual(schema.definitions.Config, { additionalProperties: false, properties: { Type: { $ref: '#/definitions/Kind' }, Managed: true } });
    assert.deepEqual(schema.definitions.Target.oneOf[1], { type: 'object', additionalProperties: false, properties: { Connector: true }, required: ['Connector'] });
  });

  it('keeps allowed values a correction set from the documentation (a retired engine the spec still lists)', () => {
    const schema = { properties: { Engine: { type: 'string', enum: ['aurora-mysql', 'aurora-postgresql'] } } };
    const spec: SpecShape = { properties: new Map([['Engine', property(['aurora', 'aurora-mysql', 'aurora-postgresql'])]]), definitions: new Map() };
    assert.deepEqual(reconcile(schema, spec, new Set(['.Engine'])), []);
    assert.deepEqual(schema.properties.Engine.enum, ['aurora-mysql', 'aurora-postgresql']);
    assert.deepEqual(reconcile(schema, spec), ['Engine enum']);
  });

  it('lets a Bedrock managed knowledge base and an AgentCore connector target through, as deployed by AWS samples', () => {
    useGeneratedSchema();
    const text = `Resources:
  Kb:
    Type: AWS::Bedrock::KnowledgeBase
    Properties:
      Name: managed-kb
      RoleArn: arn:aws:iam::123456789012:role/kb
      KnowledgeBaseConfiguration:
        Type: MANAGED
  Target:
    Type: AWS::BedrockAgentCore::GatewayTarget
    Properties:
      GatewayIdentifier: gw1-abcdefghij
      Name: kb-agentic
      TargetConfiguration:
        Mcp:
          Connector:
            Source:
              ConnectorId: bedrock-knowledge-bases
`;
    const findings = analyze(parseTemplate(text, 'yaml')).findings.filter((found) => found.severity === 'error');
    assert.deepEqual(findings.map((found) => `${found.ruleId} ${found.message}`), []);
  });
});
