// The two timers of a session or batch, read off the session object of GET /sessions: what is
// left of its max TTL and of its interactive TTL at a given time. The panel calls these every
// second between polls, so the countdowns run live while the object stays the one last fetched.
// Pure functions without the DOM (the browser tests import this file in Node).

/** When the max TTL ends: started_at + max_ttl (the server fixes it at the first job's start); null before. */
export function maxTtlDeadline(s) {
  return s.started_at ? new Date(new Date(s.started_at).getTime() + s.max_ttl * 1000) : null;
}

// whole seconds left, rounded down as the server rounds active_ttl (Workload.activeTtl)
function secondsLeft(deadline, now) {
  return Math.max(0, Math.floor((deadline.getTime() - now.getTime()) / 1000));
}

/**
 * The max TTL at `now` (the server's time): {phase, seconds, deadline}. Phases: `waiting` (no job started
 * yet: all of max_ttl is left), `running`, `expired`, `closed`.
 */
export function maxTtl(s, now) {
  if (s.state === 'closed') return { phase: 'closed', seconds: 0 };
  const end = maxTtlDeadline(s);
  if (!end) return { phase: 'waiting', seconds: s.max_ttl };
  const seconds = secondsLeft(end, now);
  return { phase: seconds > 0 ? 'running' : 'expired', seconds, deadline: end };
}

/**
 * The interactive TTL at `now`: {phase, seconds, deadline}. It runs from each job's end while the workload
 * is active (interactive_ttl_deadline). Phases: `waiting` (no job has completed since it became
 * active), `job_running` (a job of it is Running: the server keeps it active whatever the
 * deadline, WorkloadLifecycle.applyDeadlines), `running`, `expired` (inactive, or passed and not
 * applied yet), `closed`.
 * @param {boolean} jobRunning whether one of its jobs is Running
 */
export function interactiveTtl(s, now, jobRunning) {
  if (s.state === 'closed') return { phase: 'closed', seconds: 0 };
  if (s.state === 'inactive') return { phase: 'expired', seconds: 0 };
  if (s.state !== 'active') return { phase: 'waiting', seconds: s.interactive_ttl };
  if (jobRunning) return { phase: 'job_running', seconds: s.interactive_ttl };
  if (!s.interactive_ttl_deadline) return { phase: 'waiting', seconds: s.interactive_ttl };
  const end = new Date(s.interactive_ttl_deadline);
  const seconds = secondsLeft(end, now);
  return { phase: seconds > 0 ? 'running' : 'expired', seconds, deadline: end };
}

/** Seconds as "42 s", "4:05", "7:59:59". */
export function clockText(seconds) {
  if (seconds < 60) return `${seconds} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const MAX_TEXT = {
  waiting: (t) => `${clockText(t.seconds)}, starts with the first job`,
  running: (t) => `${clockText(t.seconds)} left`,
  expired: () => 'expired',
  closed: () => 'closed',
};

const INTERACTIVE_TEXT = {
  waiting: (t) => `${clockText(t.seconds)}, starts when a job completes`,
  job_running: () => 'a job is running',
  running: (t) => `${clockText(t.seconds)} left`,
  expired: () => 'expired',
  closed: () => 'closed',
};

/** The words for a timer of maxTtl() or interactiveTtl(). */
export function timerText(kind, t) {
  return (kind === 'max' ? MAX_TEXT : INTERACTIVE_TEXT)[t.phase](t);
}

/**
 * The server's clock minus this browser's, in ms, from a session whose max TTL runs: active_ttl
 * is the server's count at the time it answered, to the second. 0 when no session tells, or when
 * the difference is within the 2 s that rounding and the round trip explain.
 * @param {object[]} sessions as fetched
 * @param {Date} receivedAt this browser's time when they arrived
 */
export function clockOffset(sessions, receivedAt) {
  const s = sessions.find((x) => x.state !== 'closed' && x.started_at && x.active_ttl > 0);
  if (!s) return 0;
  const serverNow = maxTtlDeadline(s).getTime() - (s.active_ttl + 0.5) * 1000;
  const offset = serverNow - receivedAt.getTime();
  return Math.abs(offset) > 2000 ? offset : 0;
}
