import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def crunch(steps):
    """Pure Python CPU work, in small steps. After each step the job notes
    the time, to tell afterwards when it was running."""
    moments = []
    total = 0
    for _ in range(steps):
        for i in range(50):
            total += i * i % 7
        moments.append(time.monotonic())
    return moments

def side_by_side(jobs):
    """Seconds during which at least two jobs were running at once. A job
    that went more than 0.2 ms without noting the time was off the CPU."""
    edges = []  # (when, +1: a job starts running, -1: it stops)
    for moments in jobs:
        start = moments[0]
        for before, after in zip(moments, moments[1:]):
            if after - before > 0.0002:
                edges += [(start, 1), (before, -1)]
                start = after
        edges += [(start, 1), (moments[-1], -1)]
    edges.sort()
    running, since, total = 0, edges[0][0], 0.0
    for when, change in edges:
        if running >= 2:
            total += when - since
        running, since = running + change, when
    return total

def verdict(pool):
    """Runs four jobs on the pool at once and says how they ran."""
    jobs = list(pool.map(crunch, [50_000] * 4))
    if side_by_side(jobs) > 0.005:
        return "two of them were computing at the same instant"
    return "no two of them were ever computing at the same instant"

if __name__ == "__main__":
    with ThreadPoolExecutor(4) as threads:
        print(f"threads:   4 jobs at once, and {verdict(threads)}")
    with ProcessPoolExecutor(4) as processes:
        print(f"processes: 4 jobs at once, and {verdict(processes)}")
