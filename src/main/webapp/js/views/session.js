// One session's or batch's details in the details panel (GET /sessions/{id} and its jobs): the
// session object's fields, both timers counting down, its jobs (each opens the job), the history
// of its states (timestamps), and Close / Cancel. Opened from the sessions panel or by clicking
// one of its intervals on the timeline; refreshed by the poll.

import { api } from '../api.js';
import { el, show, timeEl, duration } from '../dom.js';
import { clockOffset, clockText } from '../ttl.js';
import { modeName, stateBadge, timerEl, updateTimers, actions, anyRunning } from '../workloads.js';
import { statusBadge } from './jobs.js';
import { oneAtATime } from '../refresh.js';

const JOBS = 50;

export function createSessionView({ node, onJob, onChanged }) {
  let current = null; // {id, session, jobs, count, offset}

  const now = () => new Date(Date.now() + (current ? current.offset : 0));

  function facts(s, running) {
    const t = now();
    return el('dl', { class: 'facts wide' },
      el('dt', {}, 'State'), el('dd', {}, stateBadge(s), s.state_reason ? el('span', { class: 'muted' }, ` ${s.state_reason}`) : null),
      el('dt', {}, 'Mode'), el('dd', {}, `${modeName(s)} (${s.mode})`),
      el('dt', {}, 'Backend'), el('dd', {}, s.backend_name),
      el('dt', {}, 'Instance'), el('dd', {}, s.instance),
      el('dt', {}, 'Accepting jobs'), el('dd', { 'data-role': 'accepting' }, s.accepting_jobs ? 'yes' : 'no'),
      el('dt', {}, 'Max TTL'), el('dd', {}, timerEl('max', s, t, running), el('span', { class: 'muted' }, ` (TTL ${clockText(s.max_ttl)})`)),
      el('dt', {}, 'Interactive TTL'), el('dd', {}, timerEl('interactive', s, t, running),
        el('span', { class: 'muted' }, ` (TTL ${clockText(s.interactive_ttl)})`)),
      el('dt', {}, 'QPU time charged'), el('dd', { 'data-role': 'elapsed' }, duration(s.elapsed_time)),
      el('dt', {}, 'Created'), el('dd', {}, timeEl(s.created_at, true)),
      el('dt', {}, 'Started'), el('dd', {}, timeEl(s.started_at, true)),
      el('dt', {}, 'Last activated'), el('dd', {}, timeEl(s.activated_at, true)),
      el('dt', {}, 'Last job started'), el('dd', {}, timeEl(s.last_job_started, true)),
      el('dt', {}, 'Last job completed'), el('dd', {}, timeEl(s.last_job_completed, true)),
      el('dt', {}, 'Closed'), el('dd', {}, timeEl(s.closed_at, true)),
      el('dt', {}, 'User'), el('dd', {}, s.user_id));
  }

  function jobsTable(jobs, count) {
    if (!jobs.length) return el('p', { class: 'muted', 'data-role': 'session-jobs' }, 'No job yet: choose this session in the New job form.');
    return el('div', { 'data-role': 'session-jobs' },
      el('table', { class: 'jobs' },
        el('thead', {}, el('tr', {}, ['Job', 'Program', 'Status', 'Created'].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, jobs.map((j) => el('tr', { 'data-job-id': j.id, tabindex: 0, onclick: () => onJob(j.id),
          onkeydown: (ev) => { if (ev.key === 'Enter') onJob(j.id); } },
        el('td', {}, el('code', {}, j.id)), el('td', {}, j.program && j.program.id),
        el('td', {}, statusBadge(j.status)), el('td', {}, timeEl(j.created)))))),
      count > jobs.length ? el('p', { class: 'muted small' }, `The ${jobs.length} newest of ${count} jobs.`) : null);
  }

  function render() {
    const { session: s, jobs, count } = current;
    const message = el('p', { class: 'error', role: 'alert' });
    show(node,
      el('div', { class: 'job-head', 'data-session-id': s.id, 'data-state': s.state },
        el('code', { class: 'job-id' }, s.id),
        actions(s, async () => { await refresh(); onChanged(); }, (e) => { message.textContent = e.message; })),
      message,
      facts(s, anyRunning(jobs)),
      el('h3', {}, `Jobs (${count})`), jobsTable(jobs, count),
      el('h3', {}, 'History'),
      el('ol', { class: 'history', 'data-role': 'history' }, (s.timestamps || []).map((c) => el('li', { 'data-status': c.status },
        timeEl(c.timestamp, true), ' ', el('strong', {}, c.status), c.reason ? el('span', { class: 'muted' }, ` ${c.reason}`) : null))));
  }

  const refresh = oneAtATime(async () => {
    if (!current) return;
    const id = current.id;
    try {
      const [session, page] = await Promise.all([api.session(id), api.jobs({ session_id: id, limit: JOBS })]);
      if (!current || current.id !== id) return;
      Object.assign(current, { session, jobs: page.jobs, count: page.count, offset: clockOffset([session], new Date()) });
      render();
    } catch (e) {
      if (current && current.id === id) {
        show(node, el('p', { class: 'error', role: 'alert' }, e.status === 404
          ? `Session ${id} is not visible to this key.` : `Cannot load session ${id}: ${e.message}`));
        if (e.status === 404) current = null; // gone stays gone; other failures are retried by the poll
      }
    }
  });

  return {
    open(id) {
      current = { id, session: null, jobs: [], count: 0, offset: 0 };
      show(node, el('p', { class: 'muted' }, `Loading session ${id}…`));
      return refresh();
    },
    clear() { current = null; },
    refresh,
    tick() {
      if (current && current.session) {
        updateTimers(node, () => ({ session: current.session, running: anyRunning(current.jobs) }), now());
      }
    },
  };
}
