import asyncio

async def quote(item, promise):
    print(f"quote: pricing the {item}")
    await asyncio.sleep(2)  # asking a slow pricing service
    promise.set_result(f"{item} costs 12.50")  # a plain call: nothing to await
    print("quote: price handed over")

async def main():
    promise = asyncio.get_running_loop().create_future()  # empty for now
    pricing = asyncio.create_task(quote("lamp", promise))
    print("main: waiting for a price")
    price = await promise  # wakes once set_result has run
    print(f"main: {price!r}")
    await pricing

asyncio.run(main())
