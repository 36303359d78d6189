import asyncio
import time


async def heartbeat():
    for beat in range(1, 4):
        await asyncio.sleep(0.2)
        print(f"heartbeat: beat {beat}, waiting")


async def checksum_chunk(chunk):
    return sum(chunk)  # a coroutine that never suspends


async def checksum():
    print("checksum: started")
    chunk = bytes(16 * 1024)
    start = time.monotonic()
    while time.monotonic() - start < 1:
        await checksum_chunk(chunk)  # an await, and still no other task runs
    print("checksum: done")


async def main():
    beating = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.1)
    await checksum()
    await beating


asyncio.run(main())
