import asyncio

async def deliver(future, value):
    await asyncio.sleep(2)
    future.set_result(value)  # wakes whoever awaits the future
    print(f"deliver: set the result to {value!r}")

async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()  # an empty placeholder
    task = asyncio.create_task(deliver(future, "report ready"))
    print("main: waiting for the future")
    result = await future
    print(f"main: got {result!r}")
    await task

asyncio.run(main())
