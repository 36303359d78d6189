import asyncio

async def fetch_data():
    await asyncio.sleep(1)
    return "42 rows"

# One coroutine: asyncio.run starts a loop, runs it, closes the loop.
rows = asyncio.run(fetch_data())
print(f"got {rows}")
