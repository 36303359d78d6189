import asyncio

async def fetch():
    print("fetch: request sent")
    try:
        await asyncio.sleep(5)
        print("fetch: response received")
    finally:
        print("fetch: closing the connection")
        await asyncio.sleep(1)  # a cleanup that awaits: a polite goodbye
        print("fetch: connection closed")

async def main():
    try:
        async with asyncio.timeout(1):
            await fetch()
    except TimeoutError:
        print("main: timed out")

asyncio.run(main())
