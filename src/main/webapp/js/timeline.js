// Draws the QPU timeline as an SVG Gantt chart: one lane per QPU backend, one bar per
// occupancy interval, a frame around each window of the caller's sessions and batches, a time
// axis and a "now" line. Pure drawing: the view fetches the data
// and calls drawTimeline again on every poll; hover, keyboard focus and the selection survive
// a redraw because they are kept by interval key.

import { svg, el, show, clock, duration } from './dom.js';
import { CATEGORIES, categoryOf, labelOf, isOwn, sessionWindows } from './intervals.js';

const LABEL_W = 132;
const LANE_H = 30;
const LANE_GAP = 10;
const AXIS_H = 26;
const PAD_R = 14;
const TICK_STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
const TICK_HALF_W = 26; // half the width of an hh:mm:ss tick label

/** A stable key for one interval across polls. */
export function intervalKey(backend, i) {
  return `${backend}|${i.start}|${i.kind}`;
}

function tickStep(spanSeconds, width) {
  const maxTicks = Math.max(3, Math.floor(width / 90));
  return TICK_STEPS.find((s) => spanSeconds / s <= maxTicks) || TICK_STEPS[TICK_STEPS.length - 1];
}

function describe(backend, i, now) {
  const start = new Date(i.start);
  const end = i.end ? new Date(i.end) : null;
  const seconds = ((end || now) - start) / 1000;
  const rows = [
    ['What', labelOf(categoryOf(i))],
    ['Backend', backend],
    ['Start', clock(start)],
    ['End', end ? clock(end) : 'still holding the QPU'],
    ['Duration', duration(seconds)],
  ];
  if (i.kind !== 'calibration') {
    rows.push(['Instance', isOwn(i) ? i.instance : 'another instance (ids hidden)']);
  }
  if (i.job_id) rows.push(['Job', i.job_id]);
  if (i.session_id) rows.push(['Session', i.session_id]);
  if (i.mode) rows.push(['Mode', i.mode]);
  return rows;
}

function ariaLabel(rows) {
  return rows.map(([k, v]) => `${k}: ${v}`).join(', ');
}

/** The legend's items, one per category, plus the hatching of other instances' intervals. */
export function drawLegend(list) {
  show(list,
    CATEGORIES.map((c) => el('li', {}, el('span', { class: `swatch sw-${c.key}`, 'aria-hidden': 'true' }), c.label)),
    el('li', {}, el('span', { class: 'swatch sw-other', 'aria-hidden': 'true' }), 'Another instance (ids hidden)'),
    el('li', {}, el('span', { class: 'swatch sw-window', 'aria-hidden': 'true' }), 'Window of your session (or batch, dashed)'));
}

/**
 * @param {HTMLElement} container
 * @param {object} o {lanes: [{backend, intervals, paused}], from: Date, to: Date, tip: HTMLElement,
 *   state: {hover, focus, selected} kept by the caller between draws, onSelect(backend, interval)}
 */
export function drawTimeline(container, o) {
  const { lanes, from, to, tip, state, onSelect } = o;
  const width = Math.max(520, container.clientWidth || 900);
  const height = lanes.length * (LANE_H + LANE_GAP) + AXIS_H + 4;
  const plotW = width - LABEL_W - PAD_R;
  const span = (to - from) / 1000;
  const x = (t) => LABEL_W + ((t - from) / (to - from)) * plotW;
  const focused = document.activeElement && document.activeElement.dataset && document.activeElement.dataset.key;

  const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', class: 'gantt',
    'data-from': from.toISOString(), 'data-to': to.toISOString(),
    'aria-label': `QPU occupancy from ${clock(from)} to ${clock(to)}` });
  root.append(svg('defs', {},
    svg('pattern', { id: 'hatch', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 3, height: 6, class: 'hatch-stroke' }))));

  // grid and axis
  const step = tickStep(span, plotW);
  const firstTick = Math.ceil(from.getTime() / 1000 / step) * step;
  const axisY = lanes.length * (LANE_H + LANE_GAP);
  const grid = svg('g', { class: 'grid', 'aria-hidden': 'true' });
  for (let t = firstTick; t * 1000 <= to.getTime(); t += step) {
    const tx = x(new Date(t * 1000));
    grid.append(svg('line', { x1: tx, x2: tx, y1: 0, y2: axisY, class: 'gridline' }));
    // a label centred on a tick too close to the right edge would be cut off: the line alone
    if (tx + TICK_HALF_W <= width) {
      grid.append(svg('text', { x: tx, y: axisY + 16, class: 'tick', 'text-anchor': 'middle' },
        clock(new Date(t * 1000)).slice(0, step < 60 ? 8 : 5)));
    }
  }
  grid.append(svg('line', { x1: LABEL_W, x2: LABEL_W + plotW, y1: axisY, y2: axisY, class: 'axis' }));
  root.append(grid);

  lanes.forEach((lane, li) => {
    const y = li * (LANE_H + LANE_GAP);
    const g = svg('g', { class: 'lane', 'data-backend': lane.backend, role: 'list', 'aria-label': `Backend ${lane.backend}` });
    g.append(svg('rect', { x: LABEL_W, y, width: plotW, height: LANE_H, class: lane.paused ? 'lane-bg paused' : 'lane-bg' }));
    g.append(svg('text', { x: LABEL_W - 10, y: y + LANE_H / 2 + 4, 'text-anchor': 'end', class: 'lane-label' },
      lane.backend + (lane.paused ? ' (paused)' : '')));
    for (const w of sessionWindows(lane.intervals)) {
      const s = new Date(w.start);
      const e = w.end ? new Date(w.end) : to;
      if (e < from || s > to) continue;
      const x1 = x(s < from ? from : s);
      g.append(svg('rect', { x: x1 - 1, y: y, width: Math.max(5, x(e > to ? to : e) - x1 + 2), height: LANE_H, rx: 4,
        class: `window window-${w.mode}`, 'data-session-id': w.session_id, 'data-start': w.start,
        'data-end': w.end || undefined, 'aria-hidden': 'true' }));
    }
    for (const i of lane.intervals) {
      const s = new Date(i.start);
      const e = i.end ? new Date(i.end) : to;
      if (e < from || s > to) continue;
      const x1 = x(s < from ? from : s);
      const x2 = x(e > to ? to : e);
      const w = Math.max(3, x2 - x1);
      const cat = categoryOf(i);
      const own = isOwn(i) || i.kind === 'calibration';
      const key = intervalKey(lane.backend, i);
      const rows = describe(lane.backend, i, to);
      const bar = svg('g', {
        class: `iv iv-${cat}${own ? '' : ' other'}${i.end ? '' : ' open'}${state.selected === key ? ' selected' : ''}`,
        tabindex: 0, role: 'listitem', 'aria-label': ariaLabel(rows), 'data-key': key, 'data-kind': i.kind,
        'data-category': cat, 'data-job-id': i.job_id, 'data-session-id': i.session_id, 'data-instance': i.instance,
        'data-start': i.start, 'data-end': i.end || undefined,
      });
      bar.append(svg('rect', { x: x1, y: y + 3, width: w, height: LANE_H - 6, rx: 3, class: 'bar' }));
      if (!own) bar.append(svg('rect', { x: x1, y: y + 3, width: w, height: LANE_H - 6, rx: 3, class: 'bar-hatch' }));
      const text = fitLabel(i.kind === 'calibration' ? 'calibration' : (own ? i.instance : 'other'), w);
      if (text) bar.append(svg('text', { x: x1 + 5, y: y + LANE_H / 2 + 4, class: 'bar-label' }, text));
      const showTip = (ev) => {
        state.hover = key;
        fillTip(tip, rows);
        placeTip(tip, container, ev, bar);
      };
      bar.addEventListener('mouseenter', showTip);
      bar.addEventListener('mousemove', (ev) => placeTip(tip, container, ev, bar));
      bar.addEventListener('mouseleave', () => { state.hover = null; tip.hidden = true; });
      bar.addEventListener('focus', showTip);
      bar.addEventListener('blur', () => { if (state.hover === key) state.hover = null; tip.hidden = true; });
      const select = () => { state.selected = key; onSelect(lane.backend, i); };
      bar.addEventListener('click', select);
      bar.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(); } });
      g.append(bar);
      if (state.hover === key && !tip.hidden) fillTip(tip, rows);
    }
    root.append(g);
  });

  // "now" line when the window ends at the present
  const nx = x(to);
  root.append(svg('line', { x1: nx, x2: nx, y1: 0, y2: axisY, class: 'now', 'aria-hidden': 'true' }));

  show(container, root);
  if (focused) {
    const again = container.querySelector(`[data-key="${CSS.escape(focused)}"]`);
    if (again) again.focus({ preventScroll: true });
  }
  if (state.hover && !container.querySelector(`[data-key="${CSS.escape(state.hover)}"]`)) tip.hidden = true;
}

const CHAR_W = 6.6; // of the bar label's 11px bold system font

/** The label as it fits a bar `width` px wide: whole, cut short with "…", or null under 4 characters. */
function fitLabel(text, width) {
  const room = Math.floor((width - 10) / CHAR_W);
  if (room >= text.length) return text;
  return room >= 4 ? `${text.slice(0, room - 1)}…` : null;
}

function fillTip(tip, rows) {
  show(tip, el('dl', {}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])));
  tip.hidden = false;
}

function placeTip(tip, container, ev, bar) {
  const box = container.parentElement.getBoundingClientRect();
  let px;
  let py;
  if (ev && ev.clientX !== undefined && ev.type !== 'focus') {
    px = ev.clientX - box.left;
    py = ev.clientY - box.top;
  } else {
    const r = bar.getBoundingClientRect();
    px = r.left - box.left + r.width / 2;
    py = r.bottom - box.top;
  }
  const left = Math.min(Math.max(8, px + 14), box.width - tip.offsetWidth - 8);
  tip.style.left = `${left}px`;
  tip.style.top = `${py + 14}px`;
}
