// One refresh at a time. A list that the poll refreshes joins the refresh already running
// (joinRunning); a details view waits for it and runs once more (oneAtATime), since what it
// shows may have changed meanwhile (another job or session opened, a Close just sent).

/** @param {function(): Promise} run one refresh; `.after()` of the answer: a refresh that starts after the running one */
export function joinRunning(run) {
  let inFlight = null;
  const call = () => inFlight || (inFlight = run().finally(() => { inFlight = null; }));
  call.after = async () => {
    if (inFlight) await inFlight;
    return call();
  };
  return call;
}

/** @param {function(): Promise} run one refresh */
export function oneAtATime(run) {
  let inFlight = null;
  const call = async () => {
    if (inFlight) {
      await inFlight;
      return call();
    }
    inFlight = run().finally(() => { inFlight = null; });
    return inFlight;
  };
  return call;
}
