import asyncio

async def fetch(server, seconds):
    print(f"{server}: asked")
    await asyncio.sleep(seconds)
    if server == "broken":
        print(f"{server}: failed after {seconds} s")
        raise ConnectionError(f"{server} did not answer")
    print(f"{server}: answered after {seconds} s")
    return f"{server} data"

async def main():
    results = await asyncio.gather(
        fetch("alpha", 1), fetch("broken", 0.5), fetch("gamma", 1.5),
        return_exceptions=True,
    )
    for result in results:
        print(f"main: {result!r}")

asyncio.run(main())
