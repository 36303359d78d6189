import asyncio

async def worker(n, loaded):
    print(f"worker {n}: waiting for the settings")
    await loaded.wait()  # returns at once if the event is already set
    print(f"worker {n}: settings loaded, starting")

async def main():
    loaded = asyncio.Event()
    workers = [asyncio.create_task(worker(n, loaded)) for n in (1, 2)]
    await asyncio.sleep(2)  # reading the settings takes a while
    print("main: settings read, waking the workers")
    loaded.set()  # wakes both workers; the event stays set
    await asyncio.gather(*workers)
    print("main: waiting for worker 3")
    await worker(3, loaded)  # a latecomer does not wait at all
    loaded.clear()
    print(f"main: cleared, is_set() is now {loaded.is_set()}")

asyncio.run(main())
