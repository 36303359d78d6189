import asyncio

async def work():
    print("task: started")

async def already_done():
    return "no await inside, so it never suspends"

async def main():
    print("main: before create_task")
    task = asyncio.create_task(work())
    print("main: after create_task")
    await already_done()
    print("main: after awaiting a coroutine that never suspended")
    await asyncio.sleep(0)
    print("main: after asyncio.sleep(0)")
    await task

asyncio.run(main())
