import asyncio

async def fetch_data():
    await asyncio.sleep(1)
    return "42 rows"

def load():  # a regular function that wants an async result
    return asyncio.run(fetch_data())

async def main():
    try:
        load()  # called while main's loop is running
    except RuntimeError as error:
        print(f"RuntimeError: {error}")

asyncio.run(main())
