// The job list: GET /jobs with the filters of the form (pending/finished, execution mode,
// backend, program, tag), newest first, a page at a time. Choosing a row opens the job's details.

import { api } from '../api.js';
import { el, show, timeEl, shortId, markRow } from '../dom.js';
import { joinRunning } from '../refresh.js';

const PAGE = 20;

/** The CSS class of a job status: job-completed, job-cancelled-ran-too-long, ... */
export function statusClass(status) {
  return `job-${String(status || '').toLowerCase().replace(/[^a-z]+/g, '-')}`;
}

export function statusBadge(status) {
  return el('span', { class: `badge ${statusClass(status)}`, 'data-role': 'status' }, status);
}

export function createJobsView({ node, form, onOpen }) {
  let offset = 0;
  let selected = null;

  function filters() {
    const f = new FormData(form);
    return {
      pending: f.get('pending'),
      mode: f.get('mode'),
      backend: f.get('backend'),
      program: f.get('program'),
      tags: f.get('tags') ? [f.get('tags').trim()] : [],
      limit: PAGE,
      offset,
    };
  }

  function render(page) {
    if (!page.jobs.length) {
      show(node, el('p', { class: 'muted empty' }, offset ? 'No more jobs.' : 'No job matches.'));
    } else {
      const rows = page.jobs.map((j) => el('tr', {
        class: j.id === selected ? 'selected' : null, 'data-job-id': j.id, tabindex: 0,
        onclick: () => open(j.id),
        onkeydown: (ev) => { if (ev.key === 'Enter') open(j.id); },
      },
      el('td', { title: j.id }, el('code', {}, shortId(j.id))),
      el('td', {}, j.program && j.program.id),
      el('td', {}, j.backend),
      el('td', {}, statusBadge(j.status)),
      el('td', {}, timeEl(j.created)),
      el('td', { class: 'tags' }, (j.tags || []).map((t) => el('span', { class: 'tag' }, t)))));
      show(node, el('table', { class: 'jobs' },
        el('thead', {}, el('tr', {}, ['Job', 'Program', 'Backend', 'Status', 'Created', 'Tags']
          .map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows)));
    }
    const last = Math.min(page.count, offset + page.jobs.length);
    node.append(el('div', { class: 'pager' },
      el('span', { class: 'muted small', 'data-role': 'count' },
        page.count ? `${offset + 1}–${last} of ${page.count}` : '0 jobs'),
      el('button', { type: 'button', class: 'ghost', disabled: offset === 0,
        onclick: () => { offset = Math.max(0, offset - PAGE); refresh(); } }, 'Newer'),
      el('button', { type: 'button', class: 'ghost', disabled: last >= page.count,
        onclick: () => { offset += PAGE; refresh(); } }, 'Older')));
  }

  function open(id) {
    selected = id;
    markRow(node, 'job-id', id);
    onOpen(id);
  }

  /** One refresh at a time: a poll that finds one running joins it. */
  const refresh = joinRunning(() => api.jobs(filters()).then(render, (e) => {
    show(node, el('p', { class: 'error', role: 'alert' }, `Cannot list jobs: ${e.message}`));
  }));

  form.addEventListener('input', () => { offset = 0; refresh(); });
  form.addEventListener('submit', (ev) => ev.preventDefault());

  return { refresh, select: (id) => { selected = id; } };
}
