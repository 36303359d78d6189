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
    try:
        await asyncio.gather(fetch("alpha", 1), fetch("broken", 0.5), fetch("gamma", 1.5))
    except ConnectionError as error:
        print(f"main: caught {error!r}")
    # Keep the loop running, to see what happens to alpha and gamma.
    await asyncio.sleep(1.5)
    print("main: done")

asyncio.run(main())
