import asyncio

async def fetch(id):
    print(f"fetch {id}: request sent")
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print(f"fetch {id}: cancelled while waiting")
        raise
    print(f"fetch {id}: response received")
    return f"Data {id}"

async def main():
    try:
        data = await asyncio.wait_for(fetch(1), timeout=1)
        print(f"main: got {data}")
    except TimeoutError:
        print("main: fetch 1 took longer than 1 s")

asyncio.run(main())
