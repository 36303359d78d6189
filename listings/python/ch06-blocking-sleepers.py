import asyncio
import time

async def sleeper(number):
    print(f"sleeper {number}: going to sleep")
    time.sleep(1)  # blocks the event loop's thread
    print(f"sleeper {number}: awake")

async def main():
    await asyncio.gather(sleeper(1), sleeper(2), sleeper(3))

asyncio.run(main())
