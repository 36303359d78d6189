import asyncio

async def fetch(limit, item, seconds):
    async with limit:  # at most two requests in flight
        try:
            await asyncio.wait_for(asyncio.sleep(seconds), timeout=1)  # the network
            return f"item {item} ok"
        except TimeoutError:
            return f"item {item} timed out"

async def main():
    limit = asyncio.Semaphore(2)
    jobs = [(1, 0.6), (2, 0.2), (3, 5), (4, 0.2)]
    tasks = [asyncio.create_task(fetch(limit, *job)) for job in jobs]
    for done, next_result in enumerate(asyncio.as_completed(tasks), 1):
        print(f"progress: {done} of 4 done, {await next_result}")

asyncio.run(main())
