"""parse_many over the corpus with 1 and 2 threads, against trafilatura.

    pip install ./python trafilatura
    python python/benches/parse_many_vs_trafilatura.py [CORPUS] [--runs 5] [--wait-idle 0.9]

newsnap: ``list(newsnap.parse_many(files, threads=N))`` (reading included),
MB/s of snapshot files. trafilatura: ``trafilatura.extract(body,
with_metadata=True)`` on each file's HTML body (``Article.body_html``, read
beforehand), one thread (it holds the GIL), MB/s of body HTML. Each figure
is the median of RUNS passes; the first, untimed pass warms caches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import newsnap

REPO = Path(__file__).resolve().parents[2]


def idle_fraction(interval: float = 0.5) -> float:
    """The share of CPU time the whole machine spent idle over `interval`
    (Linux /proc/stat)."""

    def sample():
        with open("/proc/stat") as f:
            values = [int(v) for v in f.readline().split()[1:]]
        return values[3] + values[4], sum(values)  # idle + iowait, total

    idle0, total0 = sample()
    time.sleep(interval)
    idle1, total1 = sample()
    return (idle1 - idle0) / max(1, total1 - total0)


WAIT_IDLE = 0.0


def wait_idle() -> None:
    """With --wait-idle F: waits (60 s at most) until the machine was at
    least F idle for half a second, so that other work on a shared machine
    does not land inside a timed run."""
    if WAIT_IDLE <= 0 or not os.path.exists("/proc/stat"):
        return
    deadline = time.monotonic() + 60
    while idle_fraction() < WAIT_IDLE and time.monotonic() < deadline:
        pass


def timed(fn, runs: int) -> list[float]:
    fn()
    out = []
    for _ in range(runs):
        wait_idle()
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--wait-idle", type=float, default=0.0, metavar="F",
                        help="before each run, wait until the machine was F (e.g. 0.9) idle for 0.5 s")
    args = parser.parse_args()
    global WAIT_IDLE
    WAIT_IDLE = args.wait_idle
    files = sorted(p for p in Path(args.corpus).rglob("*.md") if p.name != "PROVENANCE.md")
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} files, {size:,} bytes; load average {os.getloadavg()}", file=sys.stderr)

    for threads in (1, 2):
        times = timed(lambda: list(newsnap.parse_many(files, threads=threads)), args.runs)
        med = statistics.median(times)
        print(
            f"newsnap.parse_many threads={threads}: median {med * 1e3:.1f} ms, "
            f"{size / med / 1e6:.1f} MB/s (runs: {', '.join(f'{t * 1e3:.0f}' for t in times)} ms)"
        )

    if args.no_trafilatura:
        return
    import trafilatura

    bodies = [a.body_html for a in newsnap.parse_many(files)]
    body_bytes = sum(len(b.encode()) for b in bodies)
    times = timed(lambda: [trafilatura.extract(b, with_metadata=True) for b in bodies], args.runs)
    med = statistics.median(times)
    print(
        f"trafilatura.extract(with_metadata=True): median {med * 1e3:.0f} ms, "
        f"{body_bytes / med / 1e6:.2f} MB/s of {body_bytes:,} body bytes "
        f"(runs: {', '.join(f'{t * 1e3:.0f}' for t in times)} ms)"
    )
    # newsnap on the same in-memory bodies' snapshots, for a like-for-like figure.
    texts = [p.read_text(encoding="utf-8") for p in files]
    times = timed(lambda: [newsnap.parse(t) for t in texts], args.runs)
    med = statistics.median(times)
    print(
        f"newsnap.parse (in memory, 1 thread): median {med * 1e3:.1f} ms, "
        f"{size / med / 1e6:.1f} MB/s"
    )
    print(f"load average after: {os.getloadavg()}", file=sys.stderr)


if __name__ == "__main__":
    main()
