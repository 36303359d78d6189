import asyncio

async def fetch_data():
    print("fetch_data: request sent")
    await asyncio.sleep(2)  # pretend the server takes 2 s
    print("fetch_data: response received")
    return "42 rows"

async def main():
    coro = fetch_data()
    print("main: coroutine created")
    rows = await coro
    print(f"main: got {rows}")

asyncio.run(main())
