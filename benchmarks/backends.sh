#!/usr/bin/env bash
# Backends against each other and against standalone HiGHS, on the same models, in one run:
# BackendRun solves each case with the library (SCIP, HiGHS, CBC) and exports its model as MPS;
# highspy then solves those MPS files; the last table gives library / standalone as ratios.
# The two alternate: REPEATS rounds, each one library solve per case and backend (after BackendRun's
# warm-up) and then one standalone solve per case, so that a machine that drifts (load, memory
# reclaim) drifts for both alike; each figure is the median over the rounds.
# Needs `pip install highspy`. Usage: benchmarks/backends.sh [CASES] [BACKENDS] [REPEATS] [LIMIT_SECONDS]
# BACKENDS as BackendRun takes them: SCIP,HIGHS,CBC, or HIGHS/BENDERS for a decomposed solve.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-flagship,S,fl50x50-1,fl50x50-2,fl50x50-3}
backends=${2:-SCIP,HIGHS,CBC}
repeats=${3:-3}
limit=${4:-600}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
[ -f benchmarks/target/benchmarks.jar ] || mvn -q -B package -DskipTests -pl benchmarks -am
for round in $(seq 1 "$repeats"); do
  mkdir -p "$out/$round"
  java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.BackendRun \
    "$cases" "$backends" 1 "$limit" "$out/$round"
  python3 benchmarks/peers/highs_standalone.py "$out/$round" 1 > "$out/$round/standalone.tsv"
  echo "# round $round of $repeats: standalone HiGHS"
  cat "$out/$round/standalone.tsv"
done
# The medians over the rounds, in the files' own format.
python3 - "$out" "$repeats" <<'PY'
import csv, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
for name in ("library.tsv", "standalone.tsv"):
    rows = {}
    for k in range(1, rounds + 1):
        for r in csv.DictReader(open("%s/%d/%s" % (folder, k, name)), delimiter="\t"):
            rows.setdefault((r["case"], r["backend"]), []).append(r)
    with open("%s/%s" % (folder, name), "w") as f:
        f.write("case\tbackend\tseconds\tstatus\tobjective\n")
        for (case, backend), rs in rows.items():
            statuses = sorted({r["status"] for r in rs})
            f.write("%s\t%s\t%.4f\t%s\t%s\n" % (case, backend, statistics.median(float(r["seconds"]) for r in rs),
                                              "/".join(statuses), rs[-1]["objective"]))
PY
echo "# medians over $repeats rounds"
cat "$out/standalone.tsv"
python3 - "$out/library.tsv" "$out/standalone.tsv" <<'PY'
import csv, sys
lib = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
peer = {r["case"]: r for r in csv.DictReader(open(sys.argv[2]), delimiter="\t")}
backends = list(dict.fromkeys(r["backend"] for r in lib))
print()
print("| case | standalone HiGHS s | " + " | ".join(b + " s (ratio)" for b in backends) + " | objectives agree |")
print("|---|---|" + "---|" * len(backends) + "---|")
for case in dict.fromkeys(r["case"] for r in lib):
    p = peer[case]
    ps = float(p["seconds"])
    cells, objs = [], [float(p["objective"])]
    for b in backends:
        r = next(x for x in lib if x["case"] == case and x["backend"] == b)
        s = float(r["seconds"])
        cells.append("%.2f (%.2f×)%s" % (s, s / ps, "" if r["status"] == "OPTIMAL" else " " + r["status"]))
        objs.append(float(r["objective"]))
    agree = max(objs) - min(objs) <= 1e-5 * max(1.0, abs(objs[0]))
    print("| %s | %.2f | %s | %s |" % (case, ps, " | ".join(cells), "yes" if agree else "no: %s" % objs))
PY
