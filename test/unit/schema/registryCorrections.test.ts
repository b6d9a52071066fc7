/** The corrections made to the registry schemas are data, each resting on a page and a sentence or a reason. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CORRECTIONS } from '../../../scripts/registry-corrections.mjs';

const KINDS = ['schema', 'add', 'allowTogether', 'atMostOne', 'exclude', 'requireWith', 'when', 'lifecycle', 'sameAs', 'conditional', 'uniqueBy', 'addProperties'] as const;

describe('registry corrections', () => {
  it('name the page they rest on, and the sentence (for a limit added) or the reason', () => {
    for (const correction of CORRECTIONS) {
      const label = `${correction.type} ${correction.definition ?? ''} ${correction.property ?? ''}`;
      assert.match(correction.source, /^https:\/\//, label);
      assert.match(correction.type, /^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/, label);
      assert.equal(KINDS.filter((kind) => correction[kind] !== undefined).length, 1, `${label}: one kind of correction`);
      // A limit added (anything but a relaxed letter case) needs the sentence that says the service refuses the rest.
      const limits = correction.exclude !== undefined || correction.requireWith !== undefined || correction.when !== undefined || correction.sameAs !== undefined || correction.conditional !== undefined || correction.uniqueBy !== undefined || Object.keys(correction.add ?? {}).some((keyword) => keyword !== 'enumCaseInsensitive');
      if (limits) assert.ok((correction.quote ?? '').length > 10, `${label}: the sentence behind the limit`);
      else assert.ok((correction.quote ?? correction.why ?? '').length > 10, `${label}: why the schema is corrected`);
    }
  });

  it('replace a property\'s schema once (limits added to it add up)', () => {
    const places = CORRECTIONS.filter((c) => c.schema).map((c) => `${c.type}/${c.definition ?? ''}/${c.property}`);
    assert.deepEqual(places.filter((place, index) => places.indexOf(place) !== index), []);
  });
});
