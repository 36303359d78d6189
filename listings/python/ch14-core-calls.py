import asyncio

async def fetch(name, millis):
    await asyncio.sleep(millis / 1000)
    return f"{name} after {millis} ms"

async def main():
    report = asyncio.create_task(fetch("report", 300))
    users, orders = await asyncio.gather(fetch("users", 1000), fetch("orders", 500))
    print(f"{users}, {orders}")
    print(await report)
    try:
        print(await asyncio.wait_for(fetch("archive", 2000), timeout=1))
    except TimeoutError:
        print("archive: gave up after 1 s")

asyncio.run(main())
