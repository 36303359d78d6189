import asyncio

async def upload():
    print("upload: started")
    try:
        await asyncio.sleep(10)
        print("upload: finished")
    except asyncio.CancelledError:
        print("upload: CancelledError at the await")
        raise  # let the cancellation go on
    finally:
        await asyncio.sleep(0.4)  # cleanup that awaits: delete the partial file
        print("upload: partial file deleted")

async def main():
    task = asyncio.create_task(upload())
    await asyncio.sleep(0.2)
    print("main: cancelling the upload")
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: the upload was cancelled: {task.cancelled()}")

asyncio.run(main())
