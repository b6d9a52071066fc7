import assert from 'node:assert/strict';
import { it } from 'node:test';
import { globToRegExp } from '../../src/cli/expand';

it('matches * and ? within one folder and ** across folders', () => {
  const cases: [string, string, boolean][] = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'dir/a.yaml', false],
    ['a?.json', 'ab.json', true],
    ['a?.json', 'a/.json', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['x/**', 'x/y/z.json', true],
    ['t.(json)', 't.(json)', true],
    ['t.json', 'tXjson', false],
  ];
  for (const [glob, path, expected] of cases) assert.equal(globToRegExp(glob).test(path), expected, `${glob} ~ ${path}`);
});
