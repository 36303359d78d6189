import asyncio

async def fetch(id):
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print(f"fetch {id}: cancelled")
        raise
    return f"record {id}"

async def main():
    first = asyncio.create_task(fetch(1))
    second = asyncio.create_task(fetch(2))
    try:
        one = await asyncio.wait_for(first, timeout=1)
        two = await asyncio.wait_for(second, timeout=1)
        print(f"main: got {one} and {two}")
    except TimeoutError:
        print("main: a fetch ran out of time")
        print(f"main: fetch 1 cancelled? {first.cancelled()}")
        print(f"main: fetch 2 done? {second.done()}")
    print("main: returning, so asyncio.run cancels what is left")

asyncio.run(main())
