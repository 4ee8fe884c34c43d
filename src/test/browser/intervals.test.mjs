// Unit tests of the timeline intervals' categories and session windows
// (src/main/webapp/js/intervals.js), which uses no DOM.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../main/webapp/js/intervals.js', import.meta.url), 'utf8');
const { categoryOf, sessionWindows, holderText } = await import(`data:text/javascript,${encodeURIComponent(source)}`);

test('the modes the server writes (QpuLeases) give the legend categories', () => {
  assert.equal(categoryOf({ kind: 'job', mode: 'job' }), 'job');
  assert.equal(categoryOf({ kind: 'job', mode: 'batch', session_id: 'b' }), 'batch');
  assert.equal(categoryOf({ kind: 'job', mode: 'dedicated', session_id: 's' }), 'session');
  assert.equal(categoryOf({ kind: 'session_idle', mode: 'dedicated', session_id: 's' }), 'session_idle');
  assert.equal(categoryOf({ kind: 'calibration' }), 'calibration');
  // another instance's: the same kind and mode, no ids
  assert.equal(categoryOf({ kind: 'job', mode: 'dedicated' }), 'session');
  assert.equal(categoryOf({ kind: 'job', mode: 'batch' }), 'batch');
});

test("a session's window joins its touching idle gaps and jobs; a later run is another window", () => {
  const iv = (kind, id, start, end, mode = 'dedicated') => ({ kind, session_id: id, mode, start: `2026-12-01T10:00:${start}Z`,
    end: end === null ? null : `2026-12-01T10:00:${end}Z` });
  const windows = sessionWindows([
    iv('job', 's', '01.000', '02.000'),
    iv('session_idle', 's', '00.000', '01.000'),
    iv('session_idle', 's', '02.000', '05.000'),
    { kind: 'calibration', start: '2026-12-01T10:00:05Z', end: '2026-12-01T10:00:06Z' },
    iv('job', null, '06.000', '07.000', 'job'),
    iv('job', 's', '20.000', '21.000'),
    iv('session_idle', 's', '21.000', null),
    iv('job', 'b', '30.000', '31.000', 'batch'),
    iv('job', 'b', '31.010', '32.000', 'batch'),
  ]);
  assert.deepEqual(windows.map((w) => [w.session_id, w.mode, w.start.slice(17), w.end && w.end.slice(17)]), [
    ['s', 'dedicated', '00.000Z', '05.000Z'],
    ['s', 'dedicated', '20.000Z', null],
    ['b', 'batch', '30.000Z', '32.000Z'],
  ]);
});

test('the holder of the QPU in words', () => {
  assert.equal(holderText({ kind: 'session_idle', mode: 'dedicated', session_id: 's1', instance: 'i1' }),
    'session idle (QPU held), session s1 (i1)');
  assert.equal(holderText({ kind: 'job', mode: 'batch' }), 'batch job of another instance');
  assert.equal(holderText(null), 'idle');
});
