import asyncio
import warnings

async def fetch_rows():
    await asyncio.sleep(1)
    return "42 rows"

def load():  # a regular function that wants an async result
    return asyncio.run(fetch_rows())

async def main():
    with warnings.catch_warnings(record=True) as caught:
        try:
            load()  # called while main's loop is running
        except RuntimeError as error:
            print(f"RuntimeError: {error}")
    for warning in caught:  # what Python would print on stderr
        print(f"{warning.category.__name__}: {warning.message}")

asyncio.run(main())
