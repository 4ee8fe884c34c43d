// The instance's usage in its current period against its limit (GET /instances/usage).

import { api } from '../api.js';
import { el, show, timeEl, duration } from '../dom.js';

export async function renderUsage(node) {
  let u;
  try {
    u = await api.usage();
  } catch (e) {
    show(node, el('p', { class: e.status === 400 || e.status === 404 ? 'muted' : 'error' },
      `No usage to show: ${e.message}`));
    return;
  }
  const limit = u.usage_limit_seconds;
  const used = u.usage_consumed_seconds || 0;
  const share = limit ? Math.min(1, used / limit) : 0;
  const meter = limit
    ? el('div', { class: `meter${u.usage_limit_reached ? ' full' : ''}` },
      el('progress', { max: limit, value: Math.min(used, limit), 'aria-label': 'Usage of the limit' }),
      el('span', { class: 'small' }, `${(share * 100).toFixed(1)} % of ${duration(limit)}`))
    : el('p', { class: 'muted small' }, 'No usage limit on this instance.');
  show(node,
    el('dl', { class: 'facts wide', 'data-instance': u.instance_id },
      el('dt', {}, 'Instance'), el('dd', {}, u.instance_id, el('span', { class: 'muted' }, ` (${u.plan_id} plan)`)),
      el('dt', {}, 'Used'), el('dd', { 'data-role': 'used' }, duration(used)),
      el('dt', {}, 'Limit'), el('dd', {}, limit ? duration(limit) : 'none'),
      el('dt', {}, 'Remaining'), el('dd', {}, u.usage_remaining_seconds === null ? '—' : duration(u.usage_remaining_seconds)),
      el('dt', {}, 'Period'), el('dd', {}, timeEl(u.usage_period.start_time, true), ' → ', timeEl(u.usage_period.end_time, true))),
    meter,
    u.usage_limit_reached ? el('p', { class: 'error' }, 'The usage limit is reached: new jobs are refused until the next period.') : null);
}
