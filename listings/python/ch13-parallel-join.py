import asyncio

async def fetch(id):
    await asyncio.sleep(2)
    return f"record {id}"

async def main():
    records = await asyncio.gather(fetch(1), fetch(2))
    print(f"main: got {records}")

asyncio.run(main())
