import asyncio

async def fetch(id):
    print(f"fetch {id}: request sent")
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print(f"fetch {id}: cancelled while waiting")
        raise
    print(f"fetch {id}: response received")
    return f"record {id}"

async def main():
    try:
        record = await asyncio.wait_for(fetch(1), timeout=1)
        print(f"main: got {record}")
    except TimeoutError:
        print("main: fetch 1 took longer than 1 s")

asyncio.run(main())
