// Tokenizes text with the base YAML/JSON grammars (test fixtures) plus the injection grammars that
// package.json contributes, the way VS Code does: vscode-textmate + vscode-oniguruma.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = join(import.meta.dirname, '../..');
const baseGrammars: Record<string, string> = {
  'source.yaml': 'test/fixtures/grammar/base/yaml.tmLanguage.json',
  'source.json': 'test/fixtures/grammar/base/json.json',
  'source.json.comments': 'test/fixtures/grammar/base/jsonc.json',
};

interface GrammarContribution {
  scopeName: string;
  path: string;
  injectTo?: string[];
}

export const contributedGrammars: GrammarContribution[] = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).contributes.grammars;

const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
const onigLib = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
  createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
  createOnigString: (text: string) => new oniguruma.OnigString(text),
}));

const registry = new Registry({
  onigLib,
  async loadGrammar(scopeName) {
    const path = baseGrammars[scopeName] ?? contributedGrammars.find((g) => g.scopeName === scopeName)?.path;
    if (!path) return null;
    return parseRawGrammar(readFileSync(join(root, path), 'utf8'), join(root, path));
  },
  getInjections: (scopeName) =>
    contributedGrammars.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
});

export interface Token {
  text: string;
  scopes: string[];
}

/** Every token of the text, line by line, with its full scope stack. */
export async function tokenize(text: string, scopeName: keyof typeof baseGrammars): Promise<Token[]> {
  const grammar = (await registry.loadGrammar(scopeName)) as IGrammar;
  const tokens: Token[] = [];
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  }
  return tokens;
}
