// What a QPU timeline interval is, for colour and wording. The timeline of
// GET /backends/{name}/timeline gives kind (job | calibration | session_idle) and, for jobs, mode:
// "job" for job mode (QpuLeases.JOB_MODE); a job of a batch or a dedicated session will carry
// its workload's mode ("batch" / "dedicated") once sessions exist. All five categories have a
// colour now so the legend does not change when that data arrives.

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
  if (interval.mode === 'dedicated' || interval.mode === 'session') return 'session';
  // no mode but a session id: a workload job whose mode the server does not report yet
  if (!interval.mode && interval.session_id) return 'session';
  return 'job';
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
  const what = labelOf(categoryOf(interval)).toLowerCase();
  if (interval.kind === 'calibration') return 'calibration';
  if (interval.job_id) return `${what} ${interval.job_id} (${interval.instance})`;
  if (interval.session_id) return `${what}, session ${interval.session_id} (${interval.instance})`;
  return `${what} of another instance`;
}
