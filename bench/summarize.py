#!/usr/bin/env python3
"""Turns JMH's JSON result (target/jmh-result.json) into the markdown table of docs/performance.md.

For whole-state passes (BandwidthBenchmark, GateBenchmark) it adds the bytes one pass must move at
least -- one read and one write of the state, 2 x 16 x 2^n -- and the effective bandwidth that
implies, so each gate can be compared with the copy bound.
"""
import json
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "target/jmh-result.json"
with open(path) as f:
    results = json.load(f)

print("| benchmark | params | mode | score | error | unit | bytes/pass | effective GB/s |")
print("|---|---|---|---:|---:|---|---:|---:|")
for r in results:
    name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
    params = r.get("params", {})
    p = ", ".join(f"{k}={v}" for k, v in params.items())
    m = r["primaryMetric"]
    score, err, unit = m["score"], m.get("scoreError", float("nan")), m["scoreUnit"]
    bytes_col, gbs_col = "", ""
    if ("Bandwidth" in name or "GateBenchmark" in name) and "n" in params and unit == "ms/op":
        n = int(params["n"])
        nbytes = 2 * 16 * (1 << n)
        bytes_col = f"{nbytes / 2**20:.0f} MiB"
        gbs_col = f"{nbytes / (score / 1000) / 1e9:.2f}"
    try:
        err_s = "" if float(err) != float(err) else f"{float(err):.2f}"
    except (TypeError, ValueError):
        err_s = ""  # JMH writes "NaN" when there are too few iterations for an error
    print(f"| {name} | {p} | {r['mode']} | {score:.2f} | {err_s} | {unit} | {bytes_col} | {gbs_col} |")
