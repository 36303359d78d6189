import asyncio


async def fetch(n, seconds):
    print(f"fetch {n}: request sent")
    await asyncio.sleep(seconds)
    print(f"fetch {n}: response received")
    return f"record {n}"


async def main():
    tasks = [
        asyncio.create_task(fetch(1, 1.2)),
        asyncio.create_task(fetch(2, 0.4)),
        asyncio.create_task(fetch(3, 0.8)),
    ]
    for next_done in asyncio.as_completed(tasks):
        record = await next_done
        print(f"main: got {record}")


asyncio.run(main())
