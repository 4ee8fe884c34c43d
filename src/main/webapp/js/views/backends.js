// The Backends cards: status (online / paused with the operator's reason), queue length and
// the current holder of the QPU (a job, a session idle between its jobs, a calibration), taken
// from the open interval of the backend's timeline.

import { el, show } from '../dom.js';
import { holderText, openInterval } from '../intervals.js';

/**
 * @param {HTMLElement} node
 * @param {object[]} devices GET /backends devices
 * @param {Map<string, object[]>} timelines backend name -> its intervals (QPU backends only)
 * @param {function(string)} onJob opens a job of the caller's instance
 * @param {function(string)} onSession opens a session of the caller's instance
 */
export function renderBackends(node, devices, timelines, onJob, onSession) {
  show(node, devices.map((d) => {
    const paused = d.status && d.status.name === 'paused';
    const open = d.is_simulator ? null : openInterval(timelines.get(d.name) || []);
    let holder;
    if (d.is_simulator) {
      holder = el('span', { class: 'muted' }, 'simulator: jobs run side by side, no QPU lease');
    } else if (open && open.job_id) {
      holder = el('button', { type: 'button', class: 'link', onclick: () => onJob(open.job_id) }, holderText(open));
    } else if (open && open.session_id) {
      holder = el('button', { type: 'button', class: 'link', onclick: () => onSession(open.session_id) }, holderText(open));
    } else {
      holder = el('span', {}, holderText(open));
    }
    return el('article', { class: `backend${paused ? ' is-paused' : ''}`, 'data-backend': d.name,
      'data-status': d.status ? d.status.name : '' },
      el('header', {},
        el('h3', {}, d.name),
        el('span', { class: `badge status-${d.status ? d.status.name : 'unknown'}`, 'data-role': 'status' },
          d.status ? d.status.name : 'unknown')),
      paused ? el('p', { class: 'reason', 'data-role': 'reason' }, d.status.reason || '') : null,
      el('dl', { class: 'facts' },
        el('dt', {}, 'Queue'), el('dd', { 'data-role': 'queue' }, String(d.queue_length)),
        el('dt', {}, 'QPU'), el('dd', { 'data-role': 'holder' }, holder),
        el('dt', {}, 'Qubits'), el('dd', {}, String(d.qubits)),
        d.processor_type ? [el('dt', {}, 'Processor'), el('dd', {}, d.processor_type.family)] : null));
  }));
}
