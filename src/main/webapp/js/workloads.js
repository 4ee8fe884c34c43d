// What the sessions panel and a session's details share: the state badge, the two live timers
// and the Close / Cancel actions of one session or batch.

import { api } from './api.js';
import { el } from './dom.js';
import { maxTtl, interactiveTtl, timerText } from './ttl.js';

const FINAL = new Set(['Completed', 'Cancelled', 'Cancelled - Ran too long', 'Failed']);

/** "session" for mode dedicated, "batch" for a batch. */
export function modeName(s) {
  return s.mode === 'dedicated' ? 'session' : s.mode;
}

export function stateBadge(s) {
  return el('span', { class: `badge session-${s.state}`, 'data-role': 'state' }, s.state);
}

export function anyRunning(jobs) {
  return (jobs || []).some((j) => j.status === 'Running');
}

export function allFinal(jobs) {
  return (jobs || []).every((j) => FINAL.has(j.status));
}

function fill(node, kind, s, now, running) {
  const t = kind === 'max' ? maxTtl(s, now) : interactiveTtl(s, now, running);
  node.textContent = timerText(kind, t);
  node.dataset.phase = t.phase;
  node.dataset.seconds = String(t.seconds);
  if (t.deadline) node.dataset.deadline = t.deadline.toISOString();
  else delete node.dataset.deadline;
  node.className = `ttl ttl-${t.phase}`;
}

/**
 * One timer as an element that updateTimers() keeps counting.
 * @param {'max'|'interactive'} kind
 */
export function timerEl(kind, s, now, running) {
  const node = el('span', { 'data-role': `${kind}-ttl`, 'data-ttl': kind, 'data-session-id': s.id });
  fill(node, kind, s, now, running);
  return node;
}

/**
 * Counts every timer under `root` down to `now`, between polls.
 * @param {function(string): ?{session: object, running: boolean}} find the data of a session id
 */
export function updateTimers(root, find, now) {
  for (const node of root.querySelectorAll('[data-ttl]')) {
    const d = find(node.dataset.sessionId);
    if (d) fill(node, node.dataset.ttl, d.session, now, d.running);
  }
}

/**
 * Close (no new jobs; closed once its jobs are done) and Cancel (closed now, its queued jobs
 * fail), each shown only while it can still apply.
 * @param {function()} onDone after either succeeded
 * @param {function(Error)} onError
 */
export function actions(s, onDone, onError) {
  if (s.state === 'closed') return null;
  const act = (call) => async (ev) => {
    ev.stopPropagation();
    ev.target.disabled = true;
    try {
      await call(s.id);
      await onDone();
    } catch (e) {
      ev.target.disabled = false;
      onError(e);
    }
  };
  return el('span', { class: 'actions' },
    s.accepting_jobs ? el('button', { type: 'button', class: 'ghost', 'data-action': 'close',
      title: 'Accept no new job; close once its jobs are done', onclick: act(api.closeSession) }, 'Close') : null,
    el('button', { type: 'button', class: 'danger', 'data-action': 'cancel',
      title: 'Close now: its queued jobs fail, a running job completes', onclick: act(api.cancelSession) }, 'Cancel'));
}
