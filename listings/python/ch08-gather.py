import asyncio

async def fetch(name, seconds):
    print(f"{name}: started")
    await asyncio.sleep(seconds)  # stands in for the network
    print(f"{name}: finished after {seconds} s")
    return f"{name} data"

async def main():
    results = await asyncio.gather(
        fetch("users", 1.5),
        fetch("orders", 0.5),
        fetch("stock", 1),
    )
    print(f"main: {results}")

asyncio.run(main())
