import asyncio

async def download(name, millis):
    print(f"{name}: started")
    await asyncio.sleep(millis / 1000)  # waiting, not working
    print(f"{name}: finished after {millis} ms")

async def main():
    await asyncio.gather(download("page", 1000), download("image", 500))

asyncio.run(main())
