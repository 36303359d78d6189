import asyncio
import time

TASKS = 100_000


async def work(i):
    return i


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(work(i)) for i in range(TASKS)]
    total = 0
    for task in tasks:
        total += await task
    elapsed = time.perf_counter() - start
    assert total == TASKS * (TASKS - 1) // 2
    print(f"asyncio: spawned and awaited {TASKS} tasks: {elapsed:.3f} s")


asyncio.run(main())
