import asyncio

async def fetch_report():
    print("fetch 1: started")
    await asyncio.sleep(1.0)
    print("fetch 1: answered")
    return "report"

async def producer(queue):
    for i in range(1, 5):
        await asyncio.sleep(0.4)
        await queue.put(f"message {i}")
    await queue.put(None)  # no more messages

async def main():
    queue = asyncio.Queue()
    feeder = asyncio.create_task(producer(queue))
    fetch = asyncio.create_task(fetch_report())
    get = asyncio.create_task(queue.get())
    pending = {fetch, get}
    while pending:
        done, pending = await asyncio.wait(
            pending, return_when=asyncio.FIRST_COMPLETED
        )
        if fetch in done:
            print(f"main: got the {fetch.result()}")
        if get in done:
            message = get.result()
            if message is not None:
                print(f"main: {message}")
                get = asyncio.create_task(queue.get())
                pending.add(get)
    await feeder
    print("main: done")

asyncio.run(main())
