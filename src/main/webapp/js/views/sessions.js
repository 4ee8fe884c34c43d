// The caller's sessions and batches (GET /sessions, the newest first): state, whether it accepts
// jobs, its jobs (GET /jobs?session_id=), both TTLs counting down every second between polls, and
// Close / Cancel. The form above the table opens a session or batch (POST /sessions).

import { api } from '../api.js';
import { el, show, shortId, markRow } from '../dom.js';
import { clockOffset } from '../ttl.js';
import { joinRunning } from '../refresh.js';
import { statusClass } from './jobs.js';
import { modeName, stateBadge, timerEl, updateTimers, actions, anyRunning, allFinal } from '../workloads.js';

const PAGE = 10;
const JOBS_SHOWN = 8;

function jobChip(j, onJob) {
  return el('button', { type: 'button', class: `chip ${statusClass(j.status)}`, title: `${j.id}: ${j.status}`, 'data-job-id': j.id,
    'data-status': j.status, onclick: (ev) => { ev.stopPropagation(); onJob(j.id); } }, shortId(j.id));
}

/**
 * @param {object} o {node, form (the new-session form), toggle (its button), onOpen(sessionId),
 *   onJob(jobId), onList(sessions) after every refresh, onChanged() after a close or cancel}
 */
export function createSessionsView({ node, form, toggle, onOpen, onJob, onList, onChanged }) {
  let sessions = [];
  let count = 0;
  let offset = 0; // the server's clock minus this browser's, ms
  let selected = null;
  let failure = null;
  const jobs = new Map(); // session id -> {jobs, count}

  const now = () => new Date(Date.now() + offset);
  const find = (id) => {
    const s = sessions.find((x) => x.id === id);
    return s ? { session: s, running: anyRunning((jobs.get(id) || {}).jobs) } : null;
  };

  // a closed workload's jobs stop changing once all are final: those are not fetched again
  async function loadJobs(list) {
    const stale = list.filter((s) => s.state !== 'closed' || !jobs.has(s.id) || !allFinal(jobs.get(s.id).jobs));
    const pages = await Promise.all(stale.map((s) => api.jobs({ session_id: s.id, limit: JOBS_SHOWN })));
    stale.forEach((s, k) => jobs.set(s.id, { jobs: pages[k].jobs, count: pages[k].count }));
  }

  function row(s) {
    const js = jobs.get(s.id) || { jobs: [], count: 0 };
    const t = now();
    const running = anyRunning(js.jobs);
    return el('tr', { 'data-session-id': s.id, 'data-state': s.state, 'data-mode': s.mode, tabindex: 0,
      class: s.id === selected ? 'selected' : null,
      onclick: () => open(s.id), onkeydown: (ev) => { if (ev.key === 'Enter' && ev.target === ev.currentTarget) open(s.id); } },
    el('td', { title: s.id }, el('code', {}, shortId(s.id))),
    el('td', {}, modeName(s)),
    el('td', {}, s.backend_name),
    el('td', {}, stateBadge(s), s.state_reason ? el('div', { class: 'muted small', 'data-role': 'reason' }, s.state_reason) : null),
    el('td', { 'data-role': 'accepting' }, s.accepting_jobs ? 'yes' : 'no'),
    el('td', { class: 'chips', 'data-role': 'jobs', 'data-count': js.count },
      js.jobs.length ? js.jobs.map((j) => jobChip(j, onJob)) : el('span', { class: 'muted' }, 'none'),
      js.count > js.jobs.length ? el('span', { class: 'muted small' }, ` +${js.count - js.jobs.length}`) : null),
    el('td', {}, timerEl('max', s, t, running)),
    el('td', {}, timerEl('interactive', s, t, running)),
    el('td', {}, actions(s, async () => { failure = null; await reload(); onChanged(); },
      (e) => { failure = `${s.id}: ${e.message}`; render(); })));
  }

  function render() {
    const head = ['Id', 'Mode', 'Backend', 'State', 'Accepting jobs', 'Jobs', 'Max TTL', 'Interactive TTL', '']
      .map((h) => el('th', { scope: 'col' }, h));
    show(node,
      failure ? el('p', { class: 'error', role: 'alert' }, failure) : null,
      sessions.length
        ? el('div', { class: 'scroll-x' }, el('table', { class: 'jobs sessions' }, el('thead', {}, el('tr', {}, head)),
          el('tbody', {}, sessions.map(row))))
        : el('p', { class: 'muted empty' }, 'No session or batch yet: open one above, then submit jobs into it.'),
      count > sessions.length ? el('p', { class: 'muted small' }, `The ${sessions.length} newest of ${count}.`) : null);
  }

  function open(id) {
    selected = id;
    markRow(node, 'session-id', id);
    onOpen(id);
  }

  const refresh = joinRunning(async () => {
    try {
      const page = await api.sessions({ limit: PAGE });
      const receivedAt = new Date();
      await loadJobs(page.sessions);
      sessions = page.sessions;
      count = page.count;
      offset = clockOffset(sessions, receivedAt);
      for (const id of [...jobs.keys()]) if (!sessions.some((s) => s.id === id)) jobs.delete(id);
      render();
      onList(sessions);
    } catch (e) {
      show(node, el('p', { class: 'error', role: 'alert' }, `Cannot list sessions: ${e.message}`));
    }
  });
  // after a change just made: a refresh already running may have read before it
  const reload = refresh.after;

  const status = form.querySelector('[data-role="open-status"]');
  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) form.elements.mode.focus();
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const body = { mode: f.mode.value, backend: f.backend.value };
    if (f.max_ttl.value) body.max_ttl = Number(f.max_ttl.value);
    status.textContent = 'Opening…';
    status.className = 'muted small';
    try {
      const s = await api.openSession(body);
      status.textContent = `Opened ${modeName(s)} ${s.id} on ${s.backend_name}: submit jobs into it.`;
      status.dataset.sessionId = s.id;
      failure = null;
      await reload();
      open(s.id);
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error small';
    }
  });

  return {
    refresh,
    /** Signed out: nothing of the last key's sessions stays on the page. */
    reset() {
      sessions = [];
      count = 0;
      selected = null;
      failure = null;
      jobs.clear();
      node.replaceChildren();
    },
    tick: () => updateTimers(node, find, now()),
    select: (id) => {
      selected = id;
      markRow(node, 'session-id', id);
    },
  };
}
