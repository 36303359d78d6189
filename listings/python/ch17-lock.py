import asyncio

count = 0  # shared; the lock guards it only because every task agrees to take it

async def worker(name, lock):
    global count
    print(f"{name}: waiting for the lock")
    async with lock:
        count += 1
        print(f"{name}: got it, count is now {count}")
        await asyncio.sleep(1)  # still holding the lock
    print(f"{name}: released")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(f"task {n}", lock) for n in range(1, 6)))
    print(f"main: count = {count}")

asyncio.run(main())
