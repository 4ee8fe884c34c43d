// The "New job" form: a sampler or estimator job of one OpenQASM 3 circuit, sent as the
// README's first job is (POST /jobs). Prefilled with the Bell circuit.

import { api } from '../api.js';

const BELL = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\nbit[2] c;\nh q[0];\ncx q[0], q[1];\nc = measure q;\n';
const BELL_STATE = 'OPENQASM 3.0;\ninclude "stdgates.inc";\nqubit[2] q;\nh q[0];\ncx q[0], q[1];\n';

export function createNewJobForm({ form, toggle, onSubmitted }) {
  const status = form.querySelector('[data-role="submit-status"]');
  form.elements.qasm.value = BELL;

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
    const body = { program_id: program, backend: f.backend.value, params: { pubs: [pub], version: 2 } };
    if (tags.length) body.tags = tags;
    status.textContent = 'Submitting…';
    status.className = 'muted small';
    try {
      const r = await api.submit(body);
      status.textContent = `Submitted ${r.id} to ${r.backend}.`;
      onSubmitted(r.id);
    } catch (e) {
      status.textContent = e.message;
      status.className = 'error small';
    }
  });
}
