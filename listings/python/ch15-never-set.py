import asyncio

async def lookup(user, future):
    await asyncio.sleep(0.5)
    if user == 0:
        print("lookup: no such user, returning early")
        return  # forgot the future: nothing will ever set it
    future.set_result(f"user {user}")

async def main():
    future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(lookup(0, future))
    try:
        await asyncio.wait_for(future, timeout=1)
    except TimeoutError:
        print("main: gave up after 1 s, the future was never set")
    await task

asyncio.run(main())
