import asyncio


async def fetch(n, seconds, fail=False):
    print(f"fetch {n}: request sent")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"fetch {n}: cancelled")
        raise
    if fail:
        raise ConnectionError(f"fetch {n} lost its connection")
    print(f"fetch {n}: response received")
    return f"record {n}"


async def main():
    tasks = [
        asyncio.create_task(fetch(1, 1.2)),
        asyncio.create_task(fetch(2, 0.4)),
        asyncio.create_task(fetch(3, 0.8)),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_COMPLETED
    )
    print(f"main: first was {done.pop().result()}, {len(pending)} still running")
    for task in tasks:
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)

    tasks = [
        asyncio.create_task(fetch(4, 1.2)),
        asyncio.create_task(fetch(5, 0.8, fail=True)),
        asyncio.create_task(fetch(6, 0.4)),
    ]
    done, pending = await asyncio.wait(
        tasks, return_when=asyncio.FIRST_EXCEPTION
    )
    for task in tasks:
        if task in done and task.exception() is None:
            print(f"main: kept {task.result()}")
        elif task in done:
            print(f"main: error: {task.exception()}")
    for task in tasks:
        if task in pending:
            task.cancel()
    await asyncio.wait(pending)


asyncio.run(main())
