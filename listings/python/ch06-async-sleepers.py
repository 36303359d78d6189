import asyncio

async def sleeper(number):
    print(f"sleeper {number}: going to sleep")
    await asyncio.sleep(1)  # gives the thread back to the loop
    print(f"sleeper {number}: awake")

async def main():
    await asyncio.gather(sleeper(1), sleeper(2), sleeper(3))

asyncio.run(main())
