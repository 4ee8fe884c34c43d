// The dashboard's entry point: sign-in, then one poll loop that refreshes every panel without
// reloading the page. Each panel lives in its own module under views/.

import { api } from './api.js';
import * as auth from './auth.js';
import { el, show, clock } from './dom.js';
import { drawTimeline, drawLegend } from './timeline.js';
import { renderBackends } from './views/backends.js';
import { createJobsView } from './views/jobs.js';
import { createJobView } from './views/job.js';
import { renderUsage } from './views/usage.js';
import { createSessionsView } from './views/sessions.js';
import { createSessionView } from './views/session.js';
import { createAdminView } from './views/admin.js';
import { createNewJobForm } from './views/newjob.js';

const POLL_MS = 2000;
const SLOW_EVERY = 5; // usage: every 5th poll
const TICK_MS = 1000; // the sessions' TTL countdowns, between polls
const PICK = 'Choose a job or a session in a list or on the timeline.';

const $ = (id) => document.getElementById(id);

const live = {
  timer: null,
  countdown: null,
  tick: 0,
  busy: false,
  span: 900,
  devices: [],
  timelines: new Map(),
  window: null,
  timelineState: { hover: null, selected: null },
  admin: false,
};

const jobView = createJobView({ node: $('job'), onCancelled: () => jobsView.refresh(), onSession: openSession });
const sessionView = createSessionView({ node: $('job'), onJob: openJob, onChanged: () => sessionsView.refresh() });
const jobsView = createJobsView({ node: $('jobs'), form: $('job-filters'), onOpen: openJob });
const adminView = createAdminView({ node: $('admin'), onChanged: () => poll(true), onJob: openJob });
const newJobForm = createNewJobForm({ form: $('new-job'), toggle: $('new-job-toggle'),
  onSubmitted: (id) => { jobsView.refresh(); sessionsView.refresh(); openJob(id); } });
const sessionsView = createSessionsView({ node: $('sessions'), form: $('new-session'), toggle: $('new-session-toggle'),
  onOpen: openSession, onJob: openJob, onList: (list) => newJobForm.setSessions(list), onChanged: () => sessionView.refresh() });
drawLegend($('timeline-legend'));

// the details panel shows one job or one session: the view that takes it stops the other
function detailsShown() {
  if (window.matchMedia('(max-width: 1100px)').matches) $('job-panel').scrollIntoView({ behavior: 'smooth', block: 'start' });
}

function openJob(id) {
  sessionView.clear();
  $('job-title').textContent = 'Job details';
  jobsView.select(id);
  jobView.open(id);
  detailsShown();
}

function openSession(id) {
  jobView.clear();
  $('job-title').textContent = 'Session details';
  sessionsView.select(id);
  sessionView.open(id);
  detailsShown();
}

function pickSomething() {
  jobView.clear();
  sessionView.clear();
  $('job-title').textContent = 'Details';
  show($('job'), el('p', { class: 'muted' }, PICK));
}

function banner(text) {
  $('banner').hidden = !text;
  $('banner').textContent = text || '';
}

// backend-select: every backend; qpu-select: QPU backends only (a simulator has no sessions)
function fillBackendSelects(devices) {
  for (const select of document.querySelectorAll('select[data-role="backend-select"], select[data-role="qpu-select"]')) {
    const keep = select.value;
    const options = devices.filter((d) => select.dataset.role === 'backend-select' || !d.is_simulator)
      .map((d) => el('option', { value: d.name }, d.name));
    show(select, select.dataset.any ? el('option', { value: '' }, select.dataset.any) : null, options);
    if ([...select.options].some((o) => o.value === keep)) select.value = keep;
  }
}

function redrawTimeline() {
  const qpus = live.devices.filter((d) => !d.is_simulator);
  if (!live.window) return;
  if (!qpus.length) {
    show($('timeline'), el('p', { class: 'muted' }, 'No QPU backend: simulators have no QPU timeline.'));
    return;
  }
  drawTimeline($('timeline'), {
    lanes: qpus.map((d) => ({ backend: d.name, paused: d.status.name === 'paused', intervals: live.timelines.get(d.name) || [] })),
    from: live.window.from,
    to: live.window.to,
    tip: $('timeline-tip'),
    state: live.timelineState,
    onSelect: (backend, i) => {
      if (i.job_id) openJob(i.job_id);
      else if (i.session_id) openSession(i.session_id);
      else {
        pickSomething();
        show($('job'), el('p', { class: 'muted', 'data-role': 'interval' }, i.kind === 'calibration'
          ? `A calibration of ${backend}: it updates the backend's properties.`
          : `Another instance's interval on ${backend}: its ids are not shown to this key.`));
      }
      redrawTimeline();
    },
  });
}

async function refreshBackends() {
  const { devices } = await api.backends();
  const to = new Date();
  const from = new Date(to.getTime() - live.span * 1000);
  const qpus = devices.filter((d) => !d.is_simulator);
  const lists = await Promise.all(qpus.map((d) => api.timeline(d.name, from, to)));
  live.devices = devices;
  live.timelines = new Map(qpus.map((d, k) => [d.name, lists[k]]));
  live.window = { from, to };
  fillBackendSelects(devices);
  renderBackends($('backends'), devices, live.timelines, openJob, openSession);
  redrawTimeline();
  $('backends-updated').textContent = `updated ${clock(to)}`;
}

async function poll(force = false) {
  if (live.busy && !force) return;
  live.busy = true;
  try {
    const slow = live.tick % SLOW_EVERY === 0;
    live.tick += 1;
    await refreshBackends();
    const work = [jobsView.refresh(), jobView.refresh(), sessionsView.refresh(), sessionView.refresh()];
    if (live.admin) work.push(adminView.refresh(live.devices));
    if (slow) work.push(renderUsage($('usage')));
    await Promise.all(work);
    banner(null);
  } catch (e) {
    if (e.status === 401) {
      signedOut('The API key is no longer valid: sign in again.');
      return;
    }
    banner(`Cannot reach Qrun: ${e.message}. Retrying…`);
  } finally {
    live.busy = false;
  }
}

function start(me) {
  $('signin').hidden = true;
  $('app').hidden = false;
  $('whoami').hidden = false;
  $('who-user').textContent = `${me.name} (${me.id})`;
  $('who-role').textContent = me.role;
  $('who-role').className = `badge role-${me.role}`;
  const select = $('who-instance');
  show(select, (me.instances || []).map((i) => el('option', { value: i }, i)));
  if (!me.instance) select.prepend(el('option', { value: '' }, 'none'));
  select.value = me.instance || '';
  live.admin = me.role === 'admin';
  $('admin-panel').hidden = !live.admin;
  // GET /jobs answers an admin every instance's jobs (JobService.list)...
  $('jobs-title').textContent = live.admin ? 'Jobs of all instances' : 'Jobs';
  // and GET /sessions every instance's sessions (WorkloadService.list)
  $('sessions-title').textContent = live.admin ? 'Sessions & batches of all instances' : 'Sessions & batches';
  live.tick = 0;
  clearInterval(live.timer);
  clearInterval(live.countdown);
  poll(true);
  live.timer = setInterval(() => { if (!document.hidden) poll(); }, POLL_MS);
  live.countdown = setInterval(() => { sessionsView.tick(); sessionView.tick(); }, TICK_MS);
}

function signedOut(message) {
  clearInterval(live.timer);
  clearInterval(live.countdown);
  live.timer = null;
  auth.signOut();
  sessionsView.reset();
  newJobForm.setSessions([]);
  $('app').hidden = true;
  $('whoami').hidden = true;
  $('signin').hidden = false;
  $('signin-error').textContent = message || '';
  pickSomething();
  $('signin-key').value = '';
  $('signin-key').focus();
}

$('signin-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  $('signin-error').textContent = '';
  try {
    start(await auth.signIn($('signin-key').value, $('signin-instance').value));
    $('signin-key').value = '';
  } catch (e) {
    $('signin-error').textContent = e.status === 401 ? 'This API key is not valid.' : e.message;
  }
});

$('sign-out').addEventListener('click', () => signedOut(''));

$('who-instance').addEventListener('change', async (ev) => {
  try {
    start(await auth.switchInstance(ev.target.value));
    pickSomething();
  } catch (e) {
    banner(e.message);
  }
});

for (const b of document.querySelectorAll('.zoom button')) {
  b.addEventListener('click', () => {
    live.span = Number(b.dataset.span);
    document.querySelectorAll('.zoom button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    poll(true);
  });
}

new ResizeObserver(() => redrawTimeline()).observe($('timeline'));

(async () => {
  try {
    const me = await auth.resume();
    if (me) start(me);
    else signedOut('');
  } catch (e) {
    signedOut(e.status === 401 || e.status === 403 ? 'Sign in again.' : `Cannot reach Qrun: ${e.message}`);
  }
})();
