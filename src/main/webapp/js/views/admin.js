// The operator's panel (role admin): each backend's queue in scheduling order
// (GET /admin/backends/{name}/queue) and its pause / resume.

import { api } from '../api.js';
import { el, show, timeEl, shortId } from '../dom.js';

export function createAdminView({ node, onChanged, onJob }) {
  const reasons = new Map(); // backend -> reason being typed, kept across redraws
  const failures = new Map(); // backend -> message of its last failed pause/resume
  let inFlight = null;

  function backendBlock(d, q) {
    const paused = q instanceof Error ? d.status.name === 'paused' : q.paused;
    const input = el('input', { type: 'text', placeholder: 'reason (optional)', 'aria-label': `Pause reason for ${d.name}`,
      value: reasons.get(d.name) || '', oninput: (ev) => reasons.set(d.name, ev.target.value) });
    const act = async (ev) => {
      ev.target.disabled = true;
      try {
        if (paused) await api.resume(d.name);
        else await api.pause(d.name, (reasons.get(d.name) || '').trim());
        reasons.delete(d.name);
        failures.delete(d.name);
      } catch (e) {
        failures.set(d.name, `${paused ? 'Resume' : 'Pause'} failed: ${e.message}`);
      }
      await onChanged();
    };
    let queue;
    if (q instanceof Error) queue = el('p', { class: 'error' }, `Cannot read the queue: ${q.message}`);
    else if (!q.jobs.length) queue = el('p', { class: 'muted small' }, 'Queue empty.');
    else {
      queue = el('ol', { class: 'queue' }, q.jobs.map((j) => el('li', { 'data-job-id': j.id },
        el('button', { type: 'button', class: 'link', onclick: () => onJob(j.id), title: j.id }, shortId(j.id)),
        ` ${j.program.id} · user ${j.user_id} · queued `, timeEl(j.created))));
    }
    return el('article', { class: 'admin-backend', 'data-admin-backend': d.name, 'data-paused': String(paused) },
      el('header', {},
        el('h3', {}, d.name),
        el('span', { class: `badge status-${paused ? 'paused' : 'online'}` }, paused ? 'paused' : 'online'),
        paused ? el('span', { class: 'muted small' }, d.status.reason || '') : input,
        el('button', { type: 'button', class: paused ? '' : 'danger', 'data-action': paused ? 'resume' : 'pause', onclick: act },
          paused ? 'Resume' : 'Pause')),
      el('p', { class: 'error', role: 'alert' }, failures.get(d.name) || ''),
      queue);
  }

  async function refresh(devices) {
    // no redraw under the operator's fingers: a reason being typed keeps its caret
    if (inFlight || node.contains(document.activeElement) && document.activeElement.tagName === 'INPUT') return inFlight;
    inFlight = (async () => {
      const queues = await Promise.all(devices.map((d) => api.queue(d.name).catch((e) => e)));
      show(node, devices.map((d, k) => backendBlock(d, queues[k])));
    })().finally(() => { inFlight = null; });
    return inFlight;
  }

  return { refresh };
}
