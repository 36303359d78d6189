import asyncio

async def fetch(name):
    await asyncio.sleep(0.1)
    return name

async def main():
    waiting = asyncio.gather(fetch("users"), fetch("orders"), fetch("stock"))
    # gather has already wrapped each coroutine in a Task of its own.
    print(f"tasks now: {len(asyncio.all_tasks())} (main and one per coroutine)")
    print(f"gather returned a coroutine? {asyncio.iscoroutine(waiting)}")
    print(f"gather returned a Future? {isinstance(waiting, asyncio.Future)}")
    print(await waiting)

asyncio.run(main())
