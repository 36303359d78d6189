import asyncio
import resource
import subprocess
import sys
import threading
import time

COUNT = 5_000


def peak_kib():
    # The most memory this process has had resident: KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


async def tasks():
    baseline = peak_kib()
    # Keep the tasks in a list: the event loop holds only weak references.
    sleepers = [asyncio.create_task(asyncio.sleep(10)) for _ in range(COUNT)]
    await asyncio.sleep(0.1)  # every task has started and is asleep
    kib = (peak_kib() - baseline) / COUNT
    print(f"asyncio: {COUNT} tasks asleep: {kib:.2f} KiB per task")
    # asyncio.run cancels the sleepers on the way out.


def threads():
    baseline = peak_kib()
    for _ in range(COUNT):
        # start() returns once the thread runs; a daemon thread does not
        # keep the program alive at exit.
        threading.Thread(target=time.sleep, args=(10,), daemon=True).start()
    kib = (peak_kib() - baseline) / COUNT
    print(f"threading: {COUNT} threads asleep: {kib:.2f} KiB per thread")


if sys.argv[1:] == ["tasks"]:
    asyncio.run(tasks())
elif sys.argv[1:] == ["threads"]:
    threads()
else:
    # A high-water mark only rises: measure each in its own process.
    for what in ["tasks", "threads"]:
        child = subprocess.run(
            [sys.executable, __file__, what], capture_output=True, text=True, check=True
        )
        print(child.stdout, end="")
