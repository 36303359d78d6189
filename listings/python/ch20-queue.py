import asyncio

async def producer(queue):
    for item in range(1, 5):
        if queue.full():
            print(f"producer: queue full, waiting to put item {item}")
        await queue.put(item)
        print(f"producer: put item {item}")
    await queue.put(None)  # tells the consumer nothing more is coming
    print("producer: done")

async def consumer(queue):
    while (item := await queue.get()) is not None:
        print(f"consumer: got item {item}")
        await asyncio.sleep(0.5)  # slow work on each item

async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))

asyncio.run(main())
