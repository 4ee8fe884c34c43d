// Unit tests of the sessions' timers (src/main/webapp/js/ttl.js), which uses no DOM.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// loaded from a data: URL as results.test.mjs explains; ttl.js imports nothing
const source = readFileSync(new URL('../../main/webapp/js/ttl.js', import.meta.url), 'utf8');
const { maxTtl, interactiveTtl, timerText, clockText, clockOffset, maxTtlDeadline } =
  await import(`data:text/javascript,${encodeURIComponent(source)}`);

const at = (s) => new Date(`2026-12-01T10:${s}Z`);
const active = {
  state: 'active', max_ttl: 120, interactive_ttl: 3, started_at: '2026-12-01T10:00:00Z',
  interactive_ttl_deadline: '2026-12-01T10:00:10.500Z', active_ttl: 110,
};

test('the max TTL runs from started_at for max_ttl seconds, rounded down as the server rounds active_ttl', () => {
  assert.equal(maxTtlDeadline(active).toISOString(), '2026-12-01T10:02:00.000Z');
  assert.deepEqual(maxTtl(active, at('00:10.000')), { phase: 'running', seconds: 110, deadline: at('02:00.000') });
  assert.equal(maxTtl(active, at('01:59.001')).seconds, 0);
  assert.equal(maxTtl(active, at('01:59.001')).phase, 'expired');
  assert.equal(timerText('max', maxTtl(active, at('00:10.000'))), '1:50 left');
});

test('before the first job the whole max TTL waits; a closed workload has none', () => {
  const open = { state: 'open', max_ttl: 28800, interactive_ttl: 60, started_at: null };
  assert.deepEqual(maxTtl(open, at('00:00')), { phase: 'waiting', seconds: 28800 });
  assert.equal(timerText('max', maxTtl(open, at('00:00'))), '8:00:00, starts with the first job');
  assert.deepEqual(maxTtl({ ...active, state: 'closed' }, at('00:10')), { phase: 'closed', seconds: 0 });
});

test('the interactive TTL counts to interactive_ttl_deadline while active and no job runs', () => {
  assert.deepEqual(interactiveTtl(active, at('00:08.400'), false), { phase: 'running', seconds: 2, deadline: at('00:10.500') });
  assert.equal(interactiveTtl(active, at('00:10.500'), false).phase, 'expired');
  assert.equal(timerText('interactive', interactiveTtl(active, at('00:08.400'), false)), '2 s left');
  // a running job keeps the workload active whatever the deadline (WorkloadLifecycle.applyDeadlines)
  assert.equal(interactiveTtl(active, at('00:11'), true).phase, 'job_running');
  assert.equal(interactiveTtl({ ...active, interactive_ttl_deadline: null }, at('00:11'), false).phase, 'waiting');
  assert.equal(interactiveTtl({ ...active, state: 'inactive', interactive_ttl_deadline: null }, at('00:11'), false).phase, 'expired');
  assert.equal(interactiveTtl({ ...active, state: 'open' }, at('00:11'), false).phase, 'waiting');
  assert.equal(timerText('interactive', interactiveTtl({ ...active, state: 'closed' }, at('00:11'), false)), 'closed');
});

test('clock texts', () => {
  assert.deepEqual([0, 59, 60, 605, 3600, 28799].map(clockText), ['0 s', '59 s', '1:00', '10:05', '1:00:00', '7:59:59']);
});

test("the server's clock offset is read off active_ttl, and ignored within 2 s", () => {
  // the server counted 110 s left (110.0 to 110.999): its clock read 10:00:09.5 +- 0.5 s
  assert.equal(clockOffset([active], at('00:09.600')), 0);
  assert.equal(clockOffset([active], at('00:00.000')), 9500);
  assert.equal(clockOffset([active], at('00:30.000')), -20500);
  assert.equal(clockOffset([{ ...active, state: 'closed' }], at('00:30.000')), 0);
  assert.equal(clockOffset([{ ...active, started_at: null }], at('00:30.000')), 0);
});
