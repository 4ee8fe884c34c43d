// The REST client: every call of the dashboard goes through request(), which adds the
// credentials as headers (never in the URL) and turns the API's error body
// {"trace", "errors": [{"code", "message"}]} into an ApiError the views can show.

export const API_BASE = new URL('api/v1/', document.baseURI).pathname;

export class ApiError extends Error {
  constructor(status, code, message, trace) {
    super(message);
    this.status = status;
    this.code = code;
    this.trace = trace;
  }
}

/** Credentials in use: {key, instance}; set by auth.js. */
let credentials = null;

export function useCredentials(c) {
  credentials = c;
}

function headers(extra) {
  const h = { Accept: 'application/json', ...extra };
  if (credentials) {
    h.Authorization = `Bearer ${credentials.key}`;
    if (credentials.instance) h['Service-CRN'] = credentials.instance;
  }
  return h;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => q.append(k, x));
    else q.append(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function errorOf(res) {
  let body = null;
  try {
    body = await res.json();
  } catch {
    // not the API's JSON (a proxy's page, say): fall back to the HTTP status
  }
  const first = body && Array.isArray(body.errors) && body.errors[0];
  return new ApiError(res.status, first ? first.code : `http_${res.status}`,
    first ? first.message : `HTTP ${res.status} ${res.statusText}`, body && body.trace);
}

/**
 * One API call. Answers the parsed JSON, the text for text/plain, or null for 204.
 * @param {string} path relative to /api/v1, e.g. 'jobs' or `jobs/${id}/metrics`
 */
export async function request(method, path, { params, body, signal, accept } = {}) {
  const extra = body !== undefined ? { 'Content-Type': 'application/json' } : {};
  if (accept) extra.Accept = accept;
  const init = { method, headers: headers(extra), signal,
    cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' };
  if (body !== undefined) init.body = JSON.stringify(body);
  const res = await fetch(API_BASE + path + query(params), init);
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

const enc = encodeURIComponent;

export const api = {
  me: () => request('GET', 'users/me'),
  backends: () => request('GET', 'backends'),
  timeline: (name, from, to) => request('GET', `backends/${enc(name)}/timeline`,
    { params: { from: from.toISOString(), to: to.toISOString() } }),
  jobs: (params) => request('GET', 'jobs', { params }),
  job: (id) => request('GET', `jobs/${enc(id)}`),
  metrics: (id) => request('GET', `jobs/${enc(id)}/metrics`),
  // the log is text/plain; its 404 (no log yet) is JSON
  logs: (id) => request('GET', `jobs/${enc(id)}/logs`, { accept: 'text/plain, application/json' }),
  results: (id) => request('GET', `jobs/${enc(id)}/results`),
  submit: (body) => request('POST', 'jobs', { body }),
  cancel: (id) => request('POST', `jobs/${enc(id)}/cancel`),
  usage: () => request('GET', 'instances/usage'),
  sessions: (params) => request('GET', 'sessions', { params }),
  session: (id) => request('GET', `sessions/${enc(id)}`),
  openSession: (body) => request('POST', 'sessions', { body }),
  // PATCH: no new jobs, closed once its jobs are done; DELETE .../close: closed now, queued jobs fail
  closeSession: (id) => request('PATCH', `sessions/${enc(id)}`, { body: { accepting_jobs: false } }),
  cancelSession: (id) => request('DELETE', `sessions/${enc(id)}/close`),
  queue: (name) => request('GET', `admin/backends/${enc(name)}/queue`),
  pause: (name, reason) => request('POST', `admin/backends/${enc(name)}/pause`, { body: reason ? { reason } : {} }),
  resume: (name) => request('POST', `admin/backends/${enc(name)}/resume`, { body: {} }),
};
