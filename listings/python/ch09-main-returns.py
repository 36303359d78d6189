import asyncio

async def slow():
    print("slow: started")
    try:
        await asyncio.sleep(10)
        print("slow: finished")
    except asyncio.CancelledError:
        print("slow: cancelled at its await")
        raise

async def main():
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    print("main: returning")

asyncio.run(main())
