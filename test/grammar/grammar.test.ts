import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { contributedGrammars, tokenize, type Token } from './tokenize';

const fixtures = join(import.meta.dirname, '../fixtures/grammar');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const FN = 'support.function.intrinsic.cloudformation';
const PSEUDO = 'constant.language.pseudo-parameter.cloudformation';
const TYPE = 'entity.name.type.resource.cloudformation';
const VARIABLE = 'variable.other.reference.cloudformation';
const EXPRESSION = 'meta.template.expression.cloudformation';

/** The scopes of the `nth` token whose text is exactly `text`. */
function scopesOf(tokens: Token[], text: string, nth = 0): string[] {
  const found = tokens.filter((token) => token.text === text)[nth];
  assert.ok(found, `no token ${JSON.stringify(text)} #${nth}`);
  return found.scopes;
}

/** A token's own scopes: those below the innermost JSON structure (or the root). */
function ownScopes(tokens: Token[], text: string, nth = 0): string[] {
  const scopes = scopesOf(tokens, text, nth);
  const structure = scopes.findLastIndex((scope) => scope.startsWith('meta.structure.') || scope.startsWith('source.'));
  return scopes.slice(structure + 1);
}

function cloudFormationScopes(tokens: Token[]): string[] {
  return tokens.flatMap((token) => token.scopes.filter((scope) => scope.endsWith('.cloudformation')).map((scope) => `${token.text}: ${scope}`));
}

describe('grammar contributions', () => {
  it('injects the YAML grammar into YAML and the JSON grammar into JSON and JSON with Comments', () => {
    assert.deepEqual(
      contributedGrammars.map(({ scopeName, injectTo }) => ({ scopeName, injectTo })),
      [
        { scopeName: 'cloudformation.injection.yaml', injectTo: ['source.yaml'] },
        { scopeName: 'cloudformation.injection.json', injectTo: ['source.json', 'source.json.comments'] },
      ],
    );
  });
});

describe('YAML templates', async () => {
  const tokens = await tokenize(read('template.yaml'), 'source.yaml');

  it('scopes every short-form tag and intrinsic key as an intrinsic function', () => {
    for (const tag of ['!Equals', '!Ref', '!And', '!Condition', '!GetAtt', '!Sub', '!If']) {
      assert.deepEqual(scopesOf(tokens, tag), ['source.yaml', FN], tag);
    }
    for (const key of ['Fn::Sub', 'Fn::Join', 'Fn::GetAtt', 'Ref']) assert.deepEqual(scopesOf(tokens, key), ['source.yaml', FN], key);
  });

  it('scopes Condition inside Fn::And, and not a resource Condition', () => {
    assert.deepEqual(scopesOf(tokens, 'Condition', 0), ['source.yaml', FN]);
    assert.deepEqual(scopesOf(tokens, 'Condition', 1), ['source.yaml', 'entity.name.tag.yaml']);
  });

  it('scopes pseudo parameters and resource types', () => {
    assert.deepEqual(scopesOf(tokens, 'AWS::Region'), ['source.yaml', PSEUDO]);
    assert.deepEqual(scopesOf(tokens, 'AWS::NoValue'), ['source.yaml', PSEUDO]);
    assert.deepEqual(scopesOf(tokens, 'AWS::S3::Bucket'), ['source.yaml', TYPE]);
    assert.deepEqual(scopesOf(tokens, 'Custom::Seeder'), ['source.yaml', TYPE]);
  });

  it('scopes ${} in !Sub strings (quoted, plain, block, list and long form), not ${!Literal}', () => {
    const single = ['source.yaml', 'string.quoted.single.yaml'];
    assert.deepEqual(scopesOf(tokens, 'AWS::StackName'), [...single, EXPRESSION, VARIABLE]);
    assert.deepEqual(scopesOf(tokens, '${!Literal}'), single);
    assert.deepEqual(scopesOf(tokens, 'AWS::Partition'), ['source.yaml', 'string.quoted.double.yaml', EXPRESSION, VARIABLE]);
    const plain = ['source.yaml', 'string.unquoted.plain.out.yaml', EXPRESSION, VARIABLE];
    assert.deepEqual(scopesOf(tokens, 'Bucket', 1), plain, '!Sub arn:aws:s3:::${Bucket}/*');
    assert.deepEqual(scopesOf(tokens, 'Bucket', 2), plain, 'Fn::Sub: ${Bucket}-long');
    assert.deepEqual(scopesOf(tokens, 'AWS::Region', 2), ['source.yaml', 'string.unquoted.block.yaml', EXPRESSION, VARIABLE]);
    assert.deepEqual(scopesOf(tokens, '${!NotAVariable}'), ['source.yaml', 'string.unquoted.block.yaml']);
    assert.deepEqual(scopesOf(tokens, 'Name', 0), [...single, EXPRESSION, VARIABLE], 'block list');
    assert.deepEqual(scopesOf(tokens, 'Name', 2), [...single, EXPRESSION, VARIABLE], 'flow list');
    assert.deepEqual(scopesOf(tokens, 'Name', 3), ['source.yaml', 'entity.name.tag.yaml'], 'the variable map key');
  });

  it('ends a !Sub block scalar where its indentation ends (long form and list item too)', () => {
    const block = ['source.yaml', 'string.unquoted.block.yaml', EXPRESSION, VARIABLE];
    assert.deepEqual(scopesOf(tokens, 'AWS::StackId'), block);
    assert.deepEqual(scopesOf(tokens, 'AWS::URLSuffix'), block);
    assert.deepEqual(scopesOf(tokens, 'NotSub'), ['source.yaml', 'string.unquoted.plain.out.yaml'], 'the next list item');
  });

  it('ends a plain !Sub scalar at flow punctuation, so the list around it stays intact', () => {
    assert.deepEqual(scopesOf(tokens, 'Name', 4), ['source.yaml', 'string.quoted.single.yaml', EXPRESSION, VARIABLE]);
    assert.deepEqual(scopesOf(tokens, 'Name', 5), ['source.yaml', 'string.unquoted.plain.out.yaml', EXPRESSION, VARIABLE]);
    const last = tokens.findLastIndex((token) => token.text === '!Ref');
    const rest = tokens.slice(last).filter((token) => token.text.trim() !== '').slice(0, 3);
    assert.deepEqual(rest.map((token) => [token.text, token.scopes.at(-1)]), [
      ['!Ref', FN],
      ['Bucket', 'string.unquoted.plain.out.yaml'],
      [']', 'punctuation.definition.flow.yaml'],
    ]);
  });

  it('leaves ${} outside Fn::Sub alone', () => {
    assert.deepEqual(scopesOf(tokens, 'NotInSub'), ['source.yaml', 'string.unquoted.plain.out.yaml']);
  });
});

describe('JSON templates', async () => {
  const tokens = await tokenize(read('template.json'), 'source.json');
  const key = ['string.json', 'support.type.property-name.json'];

  it('scopes intrinsic function keys, Condition in Fn::And and not a resource Condition', () => {
    for (const name of ['Fn::Equals', 'Ref', 'Fn::And', 'Fn::Sub', 'Fn::GetAtt']) assert.deepEqual(ownScopes(tokens, name), [...key, FN], name);
    assert.deepEqual(ownScopes(tokens, 'Condition', 0), [...key, FN]);
    assert.deepEqual(ownScopes(tokens, 'Condition', 2), key);
  });

  it('scopes pseudo parameters and resource types as whole strings', () => {
    assert.deepEqual(ownScopes(tokens, 'AWS::Region'), ['string.quoted.double.json', PSEUDO]);
    assert.deepEqual(ownScopes(tokens, 'AWS::S3::Bucket'), ['string.quoted.double.json', TYPE]);
  });

  it('scopes ${} in Fn::Sub strings and lists, not ${!Literal} nor other strings', () => {
    assert.deepEqual(ownScopes(tokens, 'AWS::StackName'), ['string.quoted.double.json', EXPRESSION, VARIABLE]);
    assert.deepEqual(ownScopes(tokens, '${!Literal}'), ['string.quoted.double.json']);
    assert.deepEqual(ownScopes(tokens, 'AWS::Partition'), ['string.quoted.double.json', EXPRESSION, VARIABLE]);
    assert.deepEqual(ownScopes(tokens, 'Name', 0), ['string.quoted.double.json', EXPRESSION, VARIABLE]);
    assert.deepEqual(ownScopes(tokens, 'Name', 1), key, 'the variable map key');
    assert.deepEqual(ownScopes(tokens, 'Not a Sub: ${NotInSub}'), ['string.quoted.double.json']);
  });

  it('keeps the base grammar in step after a Fn::Sub value', () => {
    assert.deepEqual(ownScopes(tokens, 'Description'), key);
  });

  it('works the same in JSON with Comments', async () => {
    const withComments = await tokenize(read('template.jsonc'), 'source.json.comments');
    assert.deepEqual(ownScopes(withComments, 'AWS::StackName'), ['string.quoted.double.json', EXPRESSION, VARIABLE]);
    assert.deepEqual(ownScopes(withComments, 'Fn::GetAtt'), [...key, FN]);
  });
});

describe('files that are not templates get no CloudFormation scopes', () => {
  it('a Kubernetes manifest', async () => {
    assert.deepEqual(cloudFormationScopes(await tokenize(read('kubernetes.yaml'), 'source.yaml')), []);
  });

  it('a GitHub Actions workflow with ${{ }} expressions', async () => {
    const tokens = await tokenize(read('workflow.yaml'), 'source.yaml');
    assert.ok(tokens.some((token) => token.text.includes('${{ github.sha }}')));
    assert.deepEqual(cloudFormationScopes(tokens), []);
  });

  it('a package.json', async () => {
    assert.deepEqual(cloudFormationScopes(await tokenize(read('package.json'), 'source.json')), []);
  });
});
