import asyncio

async def download(name, millis):
    print(f"{name}: started")
    await asyncio.sleep(millis / 1000)  # waiting, not working
    print(f"{name}: finished after {millis} ms")

async def main():
    await asyncio.gather(download("page", 2000), download("image", 1000))

asyncio.run(main())
