// Sessions and batches of the caller (GET /sessions). The resource is being built: while the
// server answers 404 for it, the panel says so; it never shows invented data.

import { api } from '../api.js';
import { el, show, timeEl } from '../dom.js';

export async function renderSessions(node) {
  let page;
  try {
    page = await api.sessions();
  } catch (e) {
    if (e.status === 404 && e.code === 'not_found') {
      show(node, el('p', { class: 'muted', 'data-role': 'unavailable' },
        'Not available yet: this server has no sessions or batches (GET /api/v1/sessions answers 404). ',
        'Jobs run in job mode.'));
    } else {
      show(node, el('p', { class: 'error' }, `Cannot list sessions: ${e.message}`));
    }
    return;
  }
  const sessions = page.sessions || [];
  if (!sessions.length) {
    show(node, el('p', { class: 'muted' }, 'No session or batch yet.'));
    return;
  }
  show(node, el('table', { class: 'jobs' },
    el('thead', {}, el('tr', {}, ['Id', 'Mode', 'Backend', 'State', 'Started', 'Accepting jobs'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, sessions.map((s) => el('tr', { 'data-session-id': s.id },
      el('td', {}, el('code', {}, s.id)), el('td', {}, s.mode), el('td', {}, s.backend_name),
      el('td', {}, el('span', { class: `badge session-${s.state}` }, s.state), s.state_reason ? el('span', { class: 'muted small' }, ` ${s.state_reason}`) : null),
      el('td', {}, timeEl(s.started_at)), el('td', {}, s.accepting_jobs ? 'yes' : 'no'))))));
}
