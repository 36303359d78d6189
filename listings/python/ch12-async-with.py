import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"{name}: connection opened")
    try:
        yield
    finally:
        await asyncio.sleep(0.1)  # cleanup may await: say goodbye to the server
        print(f"{name}: connection closed")

async def work(name, seconds):
    async with connection(name):
        await asyncio.sleep(seconds)
        print(f"{name}: work done")

async def main():
    await work("first", 0.2)
    try:
        await asyncio.wait_for(work("second", 1), timeout=0.3)
    except TimeoutError:
        print("main: second timed out")

asyncio.run(main())
