import asyncio

async def fetch(id):
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError:
        print(f"fetch {id}: cancelled")
        raise
    return f"record {id}"

async def main():
    both = asyncio.gather(fetch(1), fetch(2))
    try:
        records = await asyncio.wait_for(both, timeout=2)
        print(f"main: got {records}")
    except TimeoutError:
        print("main: out of time, 2 s of work against a 2 s limit")

asyncio.run(main())
