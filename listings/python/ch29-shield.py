import asyncio

async def save():
    print("save: writing")
    await asyncio.sleep(1)
    print("save: written")
    return "saved"

async def handler(save_task):
    try:
        await asyncio.shield(save_task)
    except asyncio.CancelledError:
        print("handler: cancelled, the save goes on")
        raise

async def main():
    save_task = asyncio.create_task(save())  # keep a reference: shield does not
    handler_task = asyncio.create_task(handler(save_task))
    await asyncio.sleep(0.4)
    print("main: cancelling the handler")
    handler_task.cancel()
    print(f"main: the save returned {await save_task!r}")

asyncio.run(main())
