import asyncio

PAGES = {1: (["ada", "bo"], 2), 2: (["cy", "dee"], 3), 3: (["eve"], None)}


async def fetch_page(number):
    print(f"pages: fetching page {number}")
    await asyncio.sleep(0.2)
    return PAGES[number]


async def user_names():
    page = 1
    while page is not None:
        names, page = await fetch_page(page)
        for name in names:
            yield name


async def main():
    names = user_names()
    print("main: generator made, nothing fetched yet")
    count = 0
    async for name in names:
        print(f"main: got {name}")
        count += 1
        if count == 3:
            break
    await names.aclose()


asyncio.run(main())
