import asyncio

async def fetch_rows():
    await asyncio.sleep(1)
    return "42 rows"

# One coroutine: asyncio.run starts a loop, runs it, closes the loop.
rows = asyncio.run(fetch_rows())
print(f"got {rows}")
