// The "New job" form: a sampler or estimator job of one OpenQASM 3 circuit, sent as the
// README's first job is (POST /jobs). Prefilled with the Bell circuit. A job may go into one of
// the caller's sessions or batches that accept jobs; the session then decides the backend.

import { api } from '../api.js';
import { el, show } from '../dom.js';
import { modeName } from '../workloads.js';

const BELL = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\nbit[2] c;\nh q[0];\ncx q[0], q[1];\nc = measure q;\n';
const BELL_STATE = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\nh q[0];\ncx q[0], q[1];\n';

export function createNewJobForm({ form, toggle, onSubmitted }) {
  const status = form.querySelector('[data-role="submit-status"]');
  form.elements.qasm.value = BELL;
  const sessionSelect = form.elements.session;
  const backendSelect = form.elements.backend;
  sessionSelect.addEventListener('change', () => { backendSelect.disabled = Boolean(sessionSelect.value); });

  toggle.addEventListener('click', () => {
    form.hidden = !form.hidden;
    toggle.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) form.elements.program.focus();
  });

  form.elements.program.addEventListener('change', () => {
    const estimator = form.elements.program.value === 'estimator';
    form.querySelector('[data-for="sampler"]').hidden = estimator;
    form.querySelector('[data-for="estimator"]').hidden = !estimator;
    const q = form.elements.qasm.value.trim();
    if (q === BELL.trim() || q === BELL_STATE.trim()) form.elements.qasm.value = estimator ? BELL_STATE : BELL;
  });

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const program = f.program.value;
    const pub = program === 'sampler'
      ? [f.qasm.value, null, Number(f.shots.value) || 1024]
      : [f.qasm.value, f.observables.value.split(',').map((s) => s.trim()).filter(Boolean)];
    const tags = f.tags.value.split(',').map((s) => s.trim()).filter(Boolean);
    const body = { program_id: program, params: { pubs: [pub], version: 2 } };
    if (f.session.value) body.session_id = f.session.value;
    else body.backend = f.backend.value;
    if (tags.length) body.tags = tags;
    status.textContent = 'Submitting…';
    status.className = 'muted small';
    try {
      const r = await api.submit(body);
      status.textContent = `Submitted ${r.id} to ${r.backend}${r.session_id ? ` in ${r.session_id}` : ''}.`;
      onSubmitted(r.id);
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error small';
    }
  });

  return {
    /** The sessions a job can join: those that accept jobs, from the sessions panel's last list. */
    setSessions(sessions) {
      const keep = sessionSelect.value;
      const open = sessions.filter((s) => s.accepting_jobs && s.state !== 'closed');
      show(sessionSelect, el('option', { value: '' }, 'none (job mode)'),
        open.map((s) => el('option', { value: s.id }, `${s.id} (${modeName(s)} on ${s.backend_name})`)));
      sessionSelect.value = open.some((s) => s.id === keep) ? keep : '';
      backendSelect.disabled = Boolean(sessionSelect.value);
    },
  };
}
