// One job's details: state and reason, timestamps and usage (GET /jobs/{id}/metrics), its log,
// and once it completed its result as charts (histograms of counts for the sampler, values with
// error bars for the estimator). Refreshed by the poll until the job is final.

import { api } from '../api.js';
import { el, show, timeEl, duration } from '../dom.js';
import { samplerPubs, estimatorPubs } from '../results.js';
import { histogram } from '../histogram.js';
import { errorBars } from '../errorbars.js';
import { statusBadge } from './jobs.js';
import { oneAtATime } from '../refresh.js';

const FINAL = new Set(['Completed', 'Cancelled', 'Cancelled - Ran too long', 'Failed']);

function pointName(index) {
  return index.length ? ` at [${index.join(', ')}]` : '';
}

function resultCharts(job, result) {
  if (job.program.id === 'sampler') {
    return samplerPubs(result).map((pub) => el('div', { class: 'pub', 'data-pub': pub.pub },
      pub.registers.flatMap((reg) => reg.points.map((pt) => {
        const fig = histogram(pt.counts, `PUB ${pub.pub}, register ${reg.name} (${reg.numBits} bits)${pointName(pt.index)}`);
        fig.dataset.register = reg.name;
        return fig;
      }))));
  }
  return estimatorPubs(result, job.params).map((pub) => el('div', { class: 'pub', 'data-pub': pub.pub },
    errorBars(pub.values, `PUB ${pub.pub}: expectation values ± one standard deviation`)));
}

export function createJobView({ node, onCancelled, onSession }) {
  let current = null; // {id, final, resultShown}

  async function load(id) {
    const [job, metrics] = await Promise.all([api.job(id), api.metrics(id)]);
    let logs;
    try {
      logs = await api.logs(id);
    } catch (e) {
      if (e.status !== 404) throw e;
      logs = null; // no log yet: the job has not started
    }
    return { job, metrics, logs };
  }

  function facts(job, m) {
    const t = m.timestamps || {};
    const state = job.state || {};
    const usage = m.usage || {};
    return el('dl', { class: 'facts wide' },
      el('dt', {}, 'Status'), el('dd', {}, statusBadge(job.status)),
      state.reason ? [el('dt', {}, 'Reason'), el('dd', { 'data-role': 'reason' }, state.reason,
        state.reason_code ? el('span', { class: 'muted' }, ` (code ${state.reason_code})`) : null)] : null,
      state.reason_solution ? [el('dt', {}, 'What to do'), el('dd', {}, state.reason_solution)] : null,
      el('dt', {}, 'Program'), el('dd', {}, job.program.id),
      el('dt', {}, 'Backend'), el('dd', {}, job.backend),
      el('dt', {}, 'Created'), el('dd', {}, timeEl(t.created, true)),
      el('dt', {}, 'Running'), el('dd', {}, timeEl(t.running, true)),
      el('dt', {}, 'Finished'), el('dd', {}, timeEl(t.finished, true)),
      m.queue_position !== undefined ? [el('dt', {}, 'Queue position'), el('dd', {}, String(m.queue_position))] : null,
      m.estimated_start_time ? [el('dt', {}, 'Estimated start'), el('dd', {}, timeEl(m.estimated_start_time, true))] : null,
      el('dt', {}, 'QPU time'), el('dd', {}, usage.qpu_charge_time_seconds === null || usage.qpu_charge_time_seconds === undefined
        ? `— (${usage.status || 'pending'})` : `${duration(usage.qpu_charge_time_seconds)} (${usage.status})`),
      job.estimated_running_time_seconds ? [el('dt', {}, 'Estimated run'), el('dd', {}, duration(job.estimated_running_time_seconds))] : null,
      job.tags && job.tags.length ? [el('dt', {}, 'Tags'), el('dd', {}, job.tags.map((x) => el('span', { class: 'tag' }, x)))] : null,
      job.session_id ? [el('dt', {}, 'Session'), el('dd', {}, el('button', { type: 'button', class: 'link',
        'data-role': 'session', onclick: () => onSession(job.session_id) }, job.session_id))] : null,
      el('dt', {}, 'User'), el('dd', {}, job.user_id));
  }

  function render(d) {
    const { job, metrics, logs } = d;
    const final = FINAL.has(job.status);
    const resultBox = node.querySelector('[data-role="result"]') && current && current.resultShown
      ? node.querySelector('[data-role="result"]') : el('div', { 'data-role': 'result', class: 'result' });
    const cancel = final ? null : el('button', { type: 'button', class: 'danger', onclick: async (ev) => {
      ev.target.disabled = true;
      try { await api.cancel(job.id); onCancelled(); refresh(); } catch (e) { alertIn(resultBox, e); }
    } }, 'Cancel job');
    show(node,
      el('div', { class: 'job-head', 'data-job-id': job.id, 'data-status': job.status },
        el('code', { class: 'job-id' }, job.id), cancel),
      facts(job, metrics),
      el('h3', {}, 'Result'), resultBox,
      el('details', { class: 'logs', open: true },
        el('summary', {}, 'Log'),
        el('pre', { 'data-role': 'logs' }, logs === null ? 'No log yet: it starts when the job runs.' : logs)));
    return { job, final, resultBox };
  }

  function alertIn(box, e) {
    box.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }

  async function showResult(job, box) {
    if (job.status !== 'Completed') {
      show(box, el('p', { class: 'muted' }, `No result: the job ended ${job.status}.`));
      return true;
    }
    if (job.private) {
      // a private job's result is deleted once read (see README): read it only on request
      show(box, el('p', { class: 'muted' }, 'This job is private: its result can be read once, then it is deleted. ',
        el('button', { type: 'button', onclick: () => fetchResult(job, box) }, 'Read it now')));
      return true;
    }
    return fetchResult(job, box);
  }

  async function fetchResult(job, box) {
    const result = await api.results(job.id);
    if (result === null) {
      show(box, el('p', { class: 'muted' }, 'No result stored for this job.'));
    } else {
      show(box, resultCharts(job, typeof result === 'string' ? JSON.parse(result) : result));
    }
    return true;
  }

  const refresh = oneAtATime(async () => {
    if (!current || (current.final && current.resultShown)) return;
    const id = current.id;
    try {
      const d = await load(id);
      if (!current || current.id !== id) return;
      const { job, final, resultBox } = render(d);
      current.final = final;
      if (final && !current.resultShown) {
        current.resultShown = await showResult(job, resultBox);
      } else if (!final) {
        show(resultBox, el('p', { class: 'muted' }, `Not yet: the job is ${job.status}.`));
      }
    } catch (e) {
      if (current && current.id === id) {
        show(node, el('p', { class: 'error', role: 'alert' },
          e.status === 404 ? `Job ${id} is not visible to this key (or was deleted).` : `Cannot load job ${id}: ${e.message}`));
        // a job that is gone stays gone; any other failure is retried by the next poll
        if (e.status === 404) {
          current.final = true;
          current.resultShown = true;
        }
      }
    }
  });

  return {
    open(id) {
      current = { id, final: false, resultShown: false };
      show(node, el('p', { class: 'muted' }, `Loading job ${id}…`));
      return refresh();
    },
    /** Another view takes the panel: this one stops refreshing it. */
    clear() { current = null; },
    refresh,
  };
}

