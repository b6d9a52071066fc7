import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { linearPattern } from '../../../src/core/patterns/linearRegex';
import { LOOKAROUND } from '../../../src/core/patterns/regexSyntax';
import { Random } from '../../fixtures/fastYaml/randomYaml';
import { PatternSamples } from './patternSamples';
import { re2AsJavaScript } from './re2AsJavaScript';

const REGISTRY = join(import.meta.dirname, '../../../src/core/schema/registry');
const VALUES_PER_PATTERN = 1500;

/** Every pattern (and pattern-property name) with a lookaround in the compiled registry data. */
function registryLookarounds(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const schema = node as { pattern?: unknown; patternProperties?: Record<string, unknown> };
    if (typeof schema.pattern === 'string' && LOOKAROUND.test(schema.pattern)) found.add(schema.pattern);
    for (const name of Object.keys(schema.patternProperties ?? {})) if (LOOKAROUND.test(name)) found.add(name);
    Object.values(node).forEach(walk);
  };
  for (const file of readdirSync(REGISTRY).filter((name) => name.endsWith('.json'))) walk(JSON.parse(readFileSync(join(REGISTRY, file), 'utf8')));
  return [...found].sort();
}

// Each shape the rewrite knows, in a small pattern of its own.
const SHAPES = [
  '(?!^[0-9]+$)([a-zA-Z0-9-_]+)',
  '(?=^ab)[a-z]+',
  'x(?!^a)[a-z]',
  '^[a-z]{2}(?!.*--)[a-z-]*$',
  '^a(?=b)',
  '^(?:ab|cd)(?!x)',
  '^[a-z]+(?<!ab)\\.[a-z]{2}$',
  'a(?<!ba)$',
  '^(?!-)[a-z-]{0,3}[a-z]$',
  '^((?!-)([a-z-]*[a-z])\\.)+[a-z]+$',
  '^(a|(?=b)[bc])d',
  '^(-?)P(?=\\d|T\\d)[0-9TH]*$',
  '^(?!aws:)(?!x)[a-z:]*$|^_\\w*$',
  '((?![:*$])[\\x00-\\x7F]){1,3}',
  '^(?!\\.)[\\w.]*\\w$',
  '^(?!(?i)ab)[a-z]+$',
  '^(?!\\d+)[0-9a-z]+$',
];

/** Values on which the rewritten pattern and JavaScript's engine on the original disagree, whole or in part. */
function disagreements(source: string, seed: number): string[] {
  const ours = linearPattern(source)!;
  const native = re2AsJavaScript(source);
  const nativeWhole = re2AsJavaScript(`^(?:${source})$`);
  const found: string[] = [];
  for (const value of new PatternSamples(source, new Random(seed)).values(VALUES_PER_PATTERN)) {
    if (ours.matchesPart(value) !== native.test(value)) found.push(`part ${JSON.stringify(value)}`);
    if (ours.matchesWhole(value) !== nativeWhole.test(value)) found.push(`whole ${JSON.stringify(value)}`);
  }
  return found;
}

describe('Patterns with lookaround', () => {
  it('read every shape the rewrite knows exactly as JavaScript runs the lookaround', () => {
    for (const [index, source] of SHAPES.entries()) {
      assert.ok(linearPattern(source), `${source} is read`);
      assert.deepEqual(disagreements(source, 9_000 + index).slice(0, 5), [], source);
    }
  });

  it('read the registry patterns they rewrite exactly as JavaScript runs the original', () => {
    const rewritten = registryLookarounds().filter((source) => linearPattern(source) !== undefined);
    assert.ok(rewritten.length >= 100, `${rewritten.length} registry patterns with lookaround are read`);
    for (const [index, source] of rewritten.entries()) assert.deepEqual(disagreements(source, 20_261_206 + index).slice(0, 5), [], source);
  });
});
