import asyncio

async def fetch(id):
    await asyncio.sleep(2)
    return f"record {id}"

async def main():
    first = asyncio.create_task(fetch(1))
    second = asyncio.create_task(fetch(2))
    one = await first
    two = await second
    print(f"main: got {one} and {two}")

asyncio.run(main())
