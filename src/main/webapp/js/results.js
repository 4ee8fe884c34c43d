// Reads a job's result JSON (docs: shared primitives spec, "Sampler PUBs" / "Estimator PUBs")
// into what the charts draw: counts per register for the sampler, values with their standard
// deviations for the estimator. A PUB with a shape has nested lists; every point of the shape
// is kept apart (merging counts of different parameter values would mean nothing).

/**
 * Counts of one point's shots. A sample is a hex string of the register's integer value, bit i
 * being c[i]; the bitstring is written with c[0] rightmost, as Qiskit's count keys.
 * @returns Map bitstring -> count, sorted by bitstring
 */
export function countsOf(samples, numBits) {
  const counts = new Map();
  for (const hex of samples) {
    const key = BigInt(hex).toString(2).padStart(numBits, '0');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return new Map([...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The points of a nested list whose leaves pass isLeaf: [{index: [..], value}] */
function points(tree, isLeaf, index = []) {
  if (isLeaf(tree)) return [{ index, value: tree }];
  if (!Array.isArray(tree)) return [];
  return tree.flatMap((t, i) => points(t, isLeaf, [...index, i]));
}

const isShotList = (x) => Array.isArray(x) && (x.length === 0 || typeof x[0] === 'string');

/** [{pub, registers: [{name, numBits, points: [{index, counts, shots}]}]}] */
export function samplerPubs(result) {
  return (result.results || []).map((pub, p) => ({
    pub: p,
    registers: Object.entries(pub.data || {})
      .filter(([, reg]) => reg && reg.samples !== undefined)
      .map(([name, reg]) => ({
        name,
        numBits: reg.num_bits,
        points: points(reg.samples, isShotList).map(({ index, value }) => ({
          index, shots: value.length, counts: countsOf(value, reg.num_bits) })),
      })),
  }));
}

/** The observables of PUB p as labels, when they are a flat list (or one) of Pauli strings. */
function observableLabels(params, p) {
  const pub = params && Array.isArray(params.pubs) ? params.pubs[p] : null;
  const obs = Array.isArray(pub) ? pub[1] : null;
  const label = (o) => (typeof o === 'string' ? o : o && typeof o === 'object' && !Array.isArray(o)
    ? Object.entries(o).map(([k, c]) => `${c}·${k}`).join(' + ') : null);
  if (Array.isArray(obs)) return obs.map((o) => (Array.isArray(o) ? null : label(o)));
  return obs ? [label(obs)] : [];
}

const isNumber = (x) => typeof x === 'number';

/** [{pub, values: [{label, ev, std}]}]; params (the job's, if shown) name the observables. */
export function estimatorPubs(result, params) {
  return (result.results || []).map((pub, p) => {
    const evs = points(pub.data.evs, isNumber);
    const stds = points(pub.data.stds, isNumber);
    const labels = observableLabels(params, p);
    const flatLabels = evs.length === labels.length && evs.every((e) => e.index.length <= 1);
    return {
      pub: p,
      values: evs.map((e, k) => ({
        label: flatLabels && labels[k] ? labels[k] : (e.index.length ? `[${e.index.join(', ')}]` : 'value'),
        ev: e.value,
        std: stds[k] ? stds[k].value : 0,
      })),
    };
  });
}
