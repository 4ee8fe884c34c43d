// The sampler's histogram: one bar per measured bitstring with its count, as an SVG bar
// chart. Beyond MAX_BARS outcomes only the most frequent are drawn, and the figure says so.

import { svg, el } from './dom.js';

const MAX_BARS = 32;
const H = 220;
const PAD = { top: 22, bottom: 46, left: 44, right: 10 };

/** A round step (1, 2 or 5 times a power of ten) giving at most five gridlines up to max. */
function niceStep(max) {
  const base = 10 ** Math.floor(Math.log10(max / 5 || 1));
  return Math.max(1, [1, 2, 5, 10].map((m) => m * base).find((s) => max / s <= 5) || base * 10);
}

/**
 * @param {Map<string, number>} counts bitstring -> count (from results.countsOf)
 * @param {string} caption what the figure shows (PUB, register, point)
 */
export function histogram(counts, caption) {
  const all = [...counts.entries()];
  const shots = all.reduce((s, [, c]) => s + c, 0);
  let bars = all;
  if (all.length > MAX_BARS) {
    bars = [...all].sort((a, b) => b[1] - a[1]).slice(0, MAX_BARS).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }
  const step = niceStep(Math.max(1, ...bars.map(([, c]) => c)));
  const max = Math.ceil(Math.max(1, ...bars.map(([, c]) => c)) / step) * step;
  const slot = Math.max(28, Math.min(72, 560 / Math.max(1, bars.length)));
  const width = PAD.left + PAD.right + slot * bars.length;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (c) => PAD.top + plotH - (c / max) * plotH;
  const vertical = bars.length && bars[0][0].length * 7 > slot - 4;

  const chart = svg('svg', { width, height: H, viewBox: `0 0 ${width} ${H}`, class: 'histogram', role: 'img',
    'aria-label': `${caption}: ${bars.map(([b, c]) => `${b} ${c}`).join(', ')}` });
  for (let t = 0; t <= max; t += step) {
    chart.append(svg('line', { x1: PAD.left, x2: width - PAD.right, y1: y(t), y2: y(t), class: 'gridline' }));
    chart.append(svg('text', { x: PAD.left - 6, y: y(t) + 4, 'text-anchor': 'end', class: 'tick' }, t));
  }
  bars.forEach(([bits, count], k) => {
    const bx = PAD.left + k * slot + slot * 0.15;
    const bw = slot * 0.7;
    const g = svg('g', { class: 'hbar', 'data-bitstring': bits, 'data-count': count });
    g.append(svg('rect', { x: bx, y: y(count), width: bw, height: PAD.top + plotH - y(count), rx: 2 },
      svg('title', {}, `${bits}: ${count} of ${shots} shots (${((100 * count) / shots).toFixed(1)} %)`)));
    g.append(svg('text', { x: bx + bw / 2, y: y(count) - 5, 'text-anchor': 'middle', class: 'bar-value' }, count));
    const ly = PAD.top + plotH + 16;
    g.append(vertical
      ? svg('text', { x: bx + bw / 2, y: ly - 6, class: 'bar-bits', 'text-anchor': 'end',
        transform: `rotate(-60 ${bx + bw / 2} ${ly - 6})` }, bits)
      : svg('text', { x: bx + bw / 2, y: ly, 'text-anchor': 'middle', class: 'bar-bits' }, bits));
    chart.append(g);
  });
  chart.append(svg('line', { x1: PAD.left, x2: width - PAD.right, y1: PAD.top + plotH, y2: PAD.top + plotH, class: 'axis' }));

  const note = all.length > MAX_BARS
    ? el('p', { class: 'muted small' }, `${all.length} outcomes; the ${MAX_BARS} most frequent are drawn.`) : null;
  return el('figure', { class: 'chart' }, el('div', { class: 'scroll-x' }, chart),
    el('figcaption', {}, `${caption} — ${shots} shots`), note);
}
