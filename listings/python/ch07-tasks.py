import asyncio

async def fetch(number):
    print(f"fetch {number}: request sent")
    await asyncio.sleep(2)  # stands in for the network
    print(f"fetch {number}: response received")
    return f"data {number}"

async def main():
    first = asyncio.create_task(fetch(1))  # each task runs on its own
    second = asyncio.create_task(fetch(2))
    print("main: both tasks created")
    print(f"main: got {await first} and {await second}")

asyncio.run(main())
