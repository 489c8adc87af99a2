"""Standalone HiGHS (highspy) on MPS files the library exported: the peer of BackendRun.

Usage: python3 highs_standalone.py FOLDER [REPEATS]
Reads FOLDER/*.mps, solves each REPEATS times (default 3) with one thread and the library's default
relative gap (1e-6), and prints: case, median seconds (read plus solve), status, objective.
"""
import glob
import os
import statistics
import sys
import time

import highspy


def solve(path):
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("mip_rel_gap", 1e-6)
    t0 = time.perf_counter()
    h.readModel(path)
    h.run()
    seconds = time.perf_counter() - t0
    info = h.getInfo()
    return seconds, h.modelStatusToString(h.getModelStatus()), info.objective_function_value


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print("case\tbackend\tseconds\tstatus\tobjective")
    for path in sorted(glob.glob(os.path.join(folder, "*.mps"))):
        runs = [solve(path) for _ in range(repeats)]
        case = os.path.basename(path)[:-4]
        print("%s\thighspy %s\t%.4f\t%s\t%.10g" % (case, highspy.Highs().version(), statistics.median(r[0] for r in runs),
                                                 runs[-1][1], runs[-1][2]), flush=True)


if __name__ == "__main__":
    main()
