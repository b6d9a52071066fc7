import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, parseTemplate } from '../../../src/core';
import { labTemplate, snippetByPrefix } from '../../../src/core/snippets';
import { WARM_UP_STEPS, warmUp } from '../../../src/server/analysis/warmUp';

describe("the analysis worker's warm-up", () => {
  it('runs every rule on lab templates that exist, in both formats, with no rule failing', () => {
    assert.deepEqual(WARM_UP_STEPS.map(([, format]) => format).sort(), ['json', 'yaml', 'yaml']);
    for (const [prefix, format] of WARM_UP_STEPS) {
      const snippet = snippetByPrefix(prefix);
      assert.ok(snippet, prefix);
      const template = parseTemplate(labTemplate(snippet, format), format);
      assert.equal(template.isTemplate, true, prefix);
      assert.deepEqual(analyze(template).failures, [], prefix);
    }
  });

  it('takes one template per turn of the event loop, so that a job arriving meanwhile waits for one at most', async () => {
    const turns: string[] = [];
    const finished = new Promise<void>((resolve) => warmUp(WARM_UP_STEPS, resolve));
    // Each step schedules the next with setImmediate: an immediate queued now runs after the first step.
    setImmediate(() => turns.push('a turn after the first step'));
    await finished;
    assert.deepEqual(turns, ['a turn after the first step']);
  });
});
