import asyncio
from collections import deque

async def process(item):
    await asyncio.sleep(1)  # each item takes 1 s

async def save_checkpoint(queue):
    await asyncio.sleep(0.5)  # as if writing a file
    print(f"worker: saved, next: {queue[0]}")

async def worker(queue, stop):
    while queue:
        if stop.is_set():  # checked between items, never inside one
            await save_checkpoint(queue)
            return queue
        item = queue[0]
        print(f"worker: on {item}")
        await process(item)
        queue.popleft()
        print(f"worker: {item} done")
    return queue

async def main():
    stop = asyncio.Event()
    queue = deque(f"item {n}" for n in range(1, 6))
    task = asyncio.create_task(worker(queue, stop))
    print("main: waiting 1.5 s")
    await asyncio.sleep(1.5)
    stop.set()
    print("main: stop asked, waiting")
    left = await task
    print(f"main: {len(left)} items left")

asyncio.run(main())
