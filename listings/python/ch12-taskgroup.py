import asyncio

async def server(name, seconds, fails=False):
    print(f"{name}: asked")
    try:
        await asyncio.sleep(seconds)  # the network
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    if fails:
        print(f"{name}: failing")
        raise ConnectionRefusedError(f"{name}: connection refused")
    print(f"{name}: answered after {seconds} s")
    return f"data from {name}"

async def main():
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(server("server 1", 2))
            group.create_task(server("server 2", 0.2))
            group.create_task(server("server 3", 1, fails=True))
        print("main: all three answered")  # never reached
    except ExceptionGroup as errors:
        print(f"main: {errors!r}")

asyncio.run(main())
