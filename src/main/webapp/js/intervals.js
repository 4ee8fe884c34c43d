// What a QPU timeline interval is, for colour and wording. GET /backends/{name}/timeline gives
// kind (job | calibration | session_idle) and mode: a job interval carries "job" in job mode
// (QpuLeases.JOB_MODE) and its workload's mode otherwise ("batch", or "dedicated" for a session);
// a session_idle interval carries its session's mode, always "dedicated" (only a session holds the
// QPU idle). Another instance's intervals keep kind and mode, without ids.

export const CATEGORIES = [
  { key: 'job', label: 'Job-mode job' },
  { key: 'batch', label: 'Batch job' },
  { key: 'session', label: 'Session job (session active)' },
  { key: 'session_idle', label: 'Session idle (QPU held)' },
  { key: 'calibration', label: 'Calibration' },
];

/** The category key of one interval. */
export function categoryOf(interval) {
  if (interval.kind === 'calibration') return 'calibration';
  if (interval.kind === 'session_idle') return 'session_idle';
  if (interval.mode === 'batch') return 'batch';
  if (interval.mode === 'dedicated') return 'session';
  return 'job';
}

// a session's idle gap and its next job touch: QpuLeases closes one and opens the other at the
// same instant; back-to-back batch executions are as close
const WINDOW_GAP_MS = 50;

/**
 * The windows of the caller's sessions and batches on one lane: each run of touching intervals
 * of one workload (its job executions and idle gaps), as {session_id, mode, start, end} with
 * end null while the last one is open. Other instances' intervals have no session id: no window.
 */
export function sessionWindows(intervals) {
  const runs = new Map();
  const sorted = intervals.filter((i) => i.session_id && i.kind !== 'calibration')
    .sort((a, b) => new Date(a.start) - new Date(b.start));
  const windows = [];
  for (const i of sorted) {
    const last = runs.get(i.session_id);
    if (last && last.end !== null && new Date(i.start) - new Date(last.end) <= WINDOW_GAP_MS) {
      if (!i.end || new Date(i.end) > new Date(last.end)) last.end = i.end || null;
    } else if (!last || last.end !== null) {
      const w = { session_id: i.session_id, mode: i.mode, start: i.start, end: i.end || null };
      runs.set(i.session_id, w);
      windows.push(w);
    }
  }
  return windows;
}

export function labelOf(key) {
  const c = CATEGORIES.find((x) => x.key === key);
  return c ? c.label : key;
}

/**
 * Whether the interval is the caller's: another instance's interval comes without ids
 * (TimelineService strips job_id, session_id and instance); calibrations belong to no one.
 */
export function isOwn(interval) {
  return Boolean(interval.instance);
}

/** The interval still holding the QPU (end null), if any. */
export function openInterval(intervals) {
  return intervals.find((i) => !i.end) || null;
}

/** Who holds the QPU, in words, from the open interval. */
export function holderText(interval) {
  if (!interval) return 'idle';
  const label = labelOf(categoryOf(interval));
  const what = label[0].toLowerCase() + label.slice(1);
  if (interval.kind === 'calibration') return 'calibration';
  if (interval.job_id) return `${what} ${interval.job_id} (${interval.instance})`;
  if (interval.session_id) return `${what}, session ${interval.session_id} (${interval.instance})`;
  return `${what} of another instance`;
}
