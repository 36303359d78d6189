import asyncio

async def background():
    print("background: started")
    await asyncio.sleep(0.5)
    print("background: finished")

async def main():
    print("main: started")
    task = asyncio.create_task(background())
    print("main: continues")
    await asyncio.sleep(0.2)
    print("main: did other work")
    await task
    print("main: done")

asyncio.run(main())
