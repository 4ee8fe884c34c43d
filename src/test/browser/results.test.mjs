// Unit tests of the dashboard's result reading (src/main/webapp/js/results.js), which uses no DOM.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// src/main/webapp has no package.json saying "type": "module" (it is the WAR's content), so an
// older Node would read results.js as CommonJS; a data: URL is always loaded as a module, and
// results.js imports nothing.
const source = readFileSync(new URL('../../main/webapp/js/results.js', import.meta.url), 'utf8');
const { countsOf, samplerPubs, estimatorPubs } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

test('counts: c[0] is the rightmost bit, keys padded to num_bits, sorted', () => {
  const counts = countsOf(['0x1', '0x0', '0x1', '0x4', '0x7'], 3);
  assert.deepEqual([...counts.entries()], [['000', 1], ['001', 2], ['100', 1], ['111', 1]]);
});

test('counts: registers wider than 53 bits stay exact', () => {
  const counts = countsOf(['0x20000000000001'], 54);
  assert.deepEqual([...counts.keys()], [`1${'0'.repeat(52)}1`]);
});

test('a sampler PUB with a shape keeps every point apart', () => {
  const result = { results: [{ data: {
    c: { samples: [['0x0', '0x0'], ['0x1', '0x1', '0x1']], num_bits: 1 },
    flags: { samples: [['0x3'], ['0x2']], num_bits: 2 },
  } }] };
  const [pub] = samplerPubs(result);
  assert.deepEqual(pub.registers.map((r) => r.name), ['c', 'flags']);
  const c = pub.registers[0].points;
  assert.deepEqual(c.map((p) => [p.index, p.shots, [...p.counts]]), [[[0], 2, [['0', 2]]], [[1], 3, [['1', 3]]]]);
});

test('estimator values take the observables of the job params as labels', () => {
  const result = { results: [{ data: { evs: [1, 0.01, -1], stds: [0, 0.05, 0] } }] };
  const params = { pubs: [['qasm', ['ZZ', 'ZI', 'YY']]] };
  assert.deepEqual(estimatorPubs(result, params)[0].values,
    [{ label: 'ZZ', ev: 1, std: 0 }, { label: 'ZI', ev: 0.01, std: 0.05 }, { label: 'YY', ev: -1, std: 0 }]);
});

test('estimator: a scalar PUB, and a shaped one labelled by index when params are hidden', () => {
  assert.deepEqual(estimatorPubs({ results: [{ data: { evs: -0.9, stds: 0.03 } }] }, undefined)[0].values,
    [{ label: 'value', ev: -0.9, std: 0.03 }]);
  assert.deepEqual(estimatorPubs({ results: [{ data: { evs: [[1, 2]], stds: [[0.1, 0.2]] } }] }, undefined)[0].values
    .map((v) => v.label), ['[0, 0]', '[0, 1]']);
});
