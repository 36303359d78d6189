import asyncio

async def job(name, seconds):
    print(f"{name}: started")
    await asyncio.sleep(seconds)
    print(f"{name}: finished after {seconds} s")

async def main():
    slow = asyncio.create_task(job("slow", 2))
    quick = asyncio.create_task(job("quick", 1))
    print("main: both tasks created")
    await slow
    await quick
    print("main: both tasks done")

asyncio.run(main())
