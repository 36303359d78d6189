import asyncio

async def server(name, seconds):
    # Which Task is running this coroutine right now?
    task = asyncio.current_task().get_name()
    print(f"{name}: asked, running in {task}")
    await asyncio.sleep(seconds)  # the network
    print(f"{name}: answered after {seconds} s")
    return f"data from {name}"

async def main():
    print("-- gather")
    results = await asyncio.gather(
        server("server 1", 1.5), server("server 2", 0.5), server("server 3", 1.0)
    )
    print(results)

    print("-- create_task")
    tasks = [
        asyncio.create_task(server("server 1", 1.5)),
        asyncio.create_task(server("server 2", 0.5)),
        asyncio.create_task(server("server 3", 1.0)),
    ]
    print("main: three tasks created")
    results = [await task for task in tasks]
    print(results)

asyncio.run(main())
