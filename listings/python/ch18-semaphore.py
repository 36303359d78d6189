import asyncio

async def job(n, limit):
    print(f"job {n}: waiting")
    async with limit:
        print(f"job {n}: started")
        await asyncio.sleep(1)
        print(f"job {n}: done")

async def main():
    limit = asyncio.Semaphore(2)  # at most two jobs inside at once
    tasks = []
    for n in range(1, 6):
        tasks.append(asyncio.create_task(job(n, limit)))
        await asyncio.sleep(0.4)  # jobs arrive 400 ms apart
    await asyncio.gather(*tasks)
    print("main: all five done")

asyncio.run(main())
