// Small DOM helpers: building HTML and SVG elements without innerHTML (API text is never
// interpreted as markup), and the formats of times, durations and numbers the views share.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** An HTML element: el('td', {class: 'x'}, 'text', child). */
export function el(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces a node's children. */
export function show(node, ...children) {
  node.replaceChildren();
  return build(node, {}, children);
}

/** Marks the one row of `node` whose data-`key` is `id` as selected (a table's chosen row). */
export function markRow(node, key, id) {
  node.querySelectorAll(`tr[data-${key}]`).forEach((tr) => tr.classList.toggle('selected', tr.getAttribute(`data-${key}`) === id));
}

export function parseTime(iso) {
  return iso ? new Date(iso) : null;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** A timestamp of the API as local wall-clock time, with the UTC value in the title. */
export function timeEl(iso, withDate = false) {
  if (!iso) return el('span', { class: 'muted' }, '—');
  const d = new Date(iso);
  return el('time', { datetime: iso, title: iso }, (withDate ? dateTimeFormat : timeFormat).format(d));
}

export function clock(date) {
  return timeFormat.format(date);
}

/** Seconds as "850 ms", "12.3 s", "4 min 05 s", "2 h 10 min". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}

/** A number with at most `digits` significant decimals, trailing zeros dropped. */
export function num(x, digits = 4) {
  if (typeof x !== 'number' || !Number.isFinite(x)) return String(x);
  return Number(x.toFixed(digits)).toString();
}

/** The first part of a long id, for tables (the full id stays in the title). */
export function shortId(id) {
  return id && id.length > 12 ? `${id.slice(0, 12)}…` : id;
}
