import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def crunch(rounds):
    """Pure Python CPU work. Returns the CPU time its thread spent on it."""
    start = time.thread_time()
    total = 0
    for i in range(rounds):
        total += i * i % 7
    return time.thread_time() - start

JOB = 1_000_000  # rounds: about 0.05 s of CPU

def run(pool, jobs):
    """Runs the jobs on the pool at once: (seconds taken, CPU seconds used)."""
    start = time.perf_counter()
    cpu = sum(pool.map(crunch, jobs))
    return time.perf_counter() - start, cpu

if __name__ == "__main__":
    with ThreadPoolExecutor(4) as threads:
        seconds, cpu = run(threads, [JOB] * 4)
    # Jobs running side by side would use more CPU time than clock time.
    at_a_time = "one at a time" if cpu < 1.2 * seconds else "side by side"
    print(f"threads:   4 jobs at once ran {at_a_time}")

    with ProcessPoolExecutor(4) as processes:
        # All the work on one process (4 jobs in a row), then split four
        # ways, taking turns so both see the same load. Best of five.
        in_a_row = [run(processes, [4 * JOB])[0]]
        ratios = []
        for _ in range(5):
            at_once = run(processes, [JOB] * 4)[0]
            in_a_row.append(run(processes, [4 * JOB])[0])
            ratios.append(at_once / min(in_a_row[-2:]))
    sooner = "finished sooner than" if min(ratios) < 0.8 else "took as long as"
    print(f"processes: 4 jobs at once {sooner} 4 in a row")
