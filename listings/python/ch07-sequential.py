import asyncio

async def fetch(number):
    print(f"fetch {number}: request sent")
    await asyncio.sleep(2)  # stands in for the network
    print(f"fetch {number}: response received")
    return f"data {number}"

async def main():
    first = fetch(1)  # two coroutine objects; neither has started
    second = fetch(2)
    print("main: both coroutines created")
    print(f"main: got {await first} and {await second}")

asyncio.run(main())
