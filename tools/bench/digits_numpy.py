#!/usr/bin/python3
"""NumPy's matrix version of the digits run that `./course bench` times in Java.

64-30-10 sigmoid network (one bias per neuron), Err = ½‖o − y‖², mini-batches of K = 10 in matrix
form (row k = sample k), η = 3, 30 epochs over the first 1500 images of a fixed shuffle of
datasets/digits.csv.gz, a new order each epoch. Prints one line `key=value ...` that
TrainingBenchmark reads: median and minimum seconds of the timed runs (wall clock and the
thread's CPU time), the held-out accuracy of
the last run, the numpy version and the BLAS it uses. Exit status 3 when numpy is missing.

Run: /usr/bin/python3 tools/bench/digits_numpy.py [--runs N]
"""

import argparse
import gzip
import statistics
import sys
import time
from pathlib import Path

try:
    import numpy as np
except ImportError:
    print("numpy=missing")
    sys.exit(3)

COURSE = Path(__file__).resolve().parents[2]
SIZES, K, ETA, EPOCHS, TRAIN = (64, 30, 10), 10, 3.0, 30, 1500


def load():
    with gzip.open(COURSE / "datasets" / "digits.csv.gz", "rt") as f:
        data = np.loadtxt(f, delimiter=",")
    x = data[:, :64] / 16.0
    y = np.eye(10)[data[:, 64].astype(int)]
    order = np.random.default_rng(1).permutation(len(x))
    return x[order], y[order]


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def train(x, y, rng):
    w1 = rng.uniform(-1, 1, (SIZES[1], SIZES[0])) / np.sqrt(SIZES[0])
    w2 = rng.uniform(-1, 1, (SIZES[2], SIZES[1])) / np.sqrt(SIZES[1])
    b1 = np.zeros(SIZES[1])
    b2 = np.zeros(SIZES[2])
    for _ in range(EPOCHS):
        order = rng.permutation(len(x))
        for start in range(0, len(x), K):
            batch = order[start:start + K]
            o0, target = x[batch], y[batch]
            o1 = sigmoid(o0 @ w1.T + b1)
            o2 = sigmoid(o1 @ w2.T + b2)
            d2 = (o2 - target) * o2 * (1 - o2)
            d1 = (d2 @ w2) * o1 * (1 - o1)
            rate = ETA / len(batch)
            w2 -= rate * (d2.T @ o1)
            b2 -= rate * d2.sum(axis=0)
            w1 -= rate * (d1.T @ o0)
            b1 -= rate * d1.sum(axis=0)
    return w1, b1, w2, b2


def accuracy(params, x, y):
    w1, b1, w2, b2 = params
    o2 = sigmoid(sigmoid(x @ w1.T + b1) @ w2.T + b2)
    return float(np.mean(o2.argmax(axis=1) == y.argmax(axis=1)))


def blas():
    """The BLAS numpy links to: 'blas' is Debian's reference libblas3 (or what update-alternatives points to)."""
    try:
        config = np.show_config(mode="dicts")
        return config["Build Dependencies"]["blas"]["name"]
    except Exception:
        pass
    try:
        info = np.__config__.get_info("blas_opt_info") or np.__config__.get_info("blas_info")
        return "+".join(sorted(set(info.get("libraries", [])))) or "unknown"
    except Exception:
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs after one warm-up (default 7)")
    args = parser.parse_args()
    x, y = load()
    train(x[:TRAIN], y[:TRAIN], np.random.default_rng(0))
    seconds, cpu = [], []
    params = None
    for run in range(args.runs):
        started, cpu_started = time.perf_counter(), time.thread_time()
        params = train(x[:TRAIN], y[:TRAIN], np.random.default_rng(run))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - cpu_started)
    print(f"median_s={statistics.median(seconds):.4f} min_s={min(seconds):.4f} "
          f"cpu_median_s={statistics.median(cpu):.4f} cpu_min_s={min(cpu):.4f} runs={args.runs} "
          f"heldout_accuracy={accuracy(params, x[TRAIN:], y[TRAIN:]):.3f} numpy={np.__version__} blas={blas()}")


if __name__ == "__main__":
    main()
