import asyncio

async def fetch_rows():
    print("fetch_rows: request sent")
    await asyncio.sleep(2)  # pretend the server takes 2 s
    print("fetch_rows: response received")
    return "42 rows"

async def main():
    coro = fetch_rows()
    print("main: coroutine created")
    rows = await coro
    print(f"main: got {rows}")

asyncio.run(main())
