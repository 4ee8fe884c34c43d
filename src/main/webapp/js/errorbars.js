// The estimator's chart: each expectation value as a point with an error bar of ± one
// standard deviation (the result's stds), on an axis that always shows -1..1.

import { svg, el, num } from './dom.js';

const H = 220;
const PAD = { top: 14, bottom: 40, left: 48, right: 12 };

/** @param {{label, ev, std}[]} values @param {string} caption */
export function errorBars(values, caption) {
  const lo = Math.min(-1, ...values.map((v) => v.ev - v.std));
  const hi = Math.max(1, ...values.map((v) => v.ev + v.std));
  const slot = Math.max(48, Math.min(96, 560 / Math.max(1, values.length)));
  const width = PAD.left + PAD.right + slot * values.length;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v) => PAD.top + ((hi - v) / (hi - lo)) * plotH;

  const chart = svg('svg', { width, height: H, viewBox: `0 0 ${width} ${H}`, class: 'errorbars', role: 'img',
    'aria-label': `${caption}: ${values.map((v) => `${v.label} ${num(v.ev)} ± ${num(v.std)}`).join(', ')}` });
  for (const t of [lo, (lo + hi) / 2, hi, 0].filter((t, k, a) => a.indexOf(t) === k)) {
    chart.append(svg('line', { x1: PAD.left, x2: width - PAD.right, y1: y(t), y2: y(t), class: t === 0 ? 'axis' : 'gridline' }));
    chart.append(svg('text', { x: PAD.left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, num(t, 2)));
  }
  values.forEach((v, k) => {
    const cx = PAD.left + k * slot + slot / 2;
    const g = svg('g', { class: 'ev', 'data-label': v.label, 'data-ev': v.ev, 'data-std': v.std });
    g.append(svg('title', {}, `${v.label}: ${v.ev} ± ${v.std}`));
    g.append(svg('line', { x1: cx, x2: cx, y1: y(v.ev + v.std), y2: y(v.ev - v.std), class: 'whisker' }));
    for (const end of [v.ev + v.std, v.ev - v.std]) {
      g.append(svg('line', { x1: cx - 7, x2: cx + 7, y1: y(end), y2: y(end), class: 'whisker' }));
    }
    g.append(svg('circle', { cx, cy: y(v.ev), r: 5, class: 'point' }));
    g.append(svg('text', { x: cx, y: H - PAD.bottom + 16, 'text-anchor': 'middle', class: 'bar-bits' }, v.label));
    g.append(svg('text', { x: cx, y: H - PAD.bottom + 31, 'text-anchor': 'middle', class: 'tick' },
      v.std ? `${num(v.ev, 3)} ± ${num(v.std, 3)}` : num(v.ev, 3)));
    chart.append(g);
  });
  return el('figure', { class: 'chart' }, el('div', { class: 'scroll-x' }, chart), el('figcaption', {}, caption));
}
