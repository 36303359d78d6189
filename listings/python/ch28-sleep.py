import asyncio
import time

TASKS = 50_000
SLEEP = 1.0


async def nap(i):
    await asyncio.sleep(SLEEP)
    return i


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(nap(i)) for i in range(TASKS)]
    total = 0
    for task in tasks:
        total += await task
    elapsed = time.perf_counter() - start
    assert total == TASKS * (TASKS - 1) // 2
    print(f"asyncio: {TASKS} tasks asleep for 1 s, all done after: {elapsed:.3f} s")
    beyond = elapsed - SLEEP
    print(f"asyncio: {TASKS} tasks asleep for 1 s, time beyond the sleep: {beyond:.3f} s")


asyncio.run(main())
