import asyncio

async def report():
    me = asyncio.current_task()
    for step in range(1, 4):
        try:
            await asyncio.sleep(0.4)
        except asyncio.CancelledError:
            print(f"report: cancelled in step {step}, cancelling() is {me.cancelling()}")
            me.uncancel()  # take the request back, and carry on
            print(f"report: carrying on, cancelling() is {me.cancelling()}")
        print(f"report: step {step} done")
    return "report complete"

async def main():
    task = asyncio.create_task(report())
    await asyncio.sleep(0.6)
    print("main: cancelling the report")
    task.cancel()
    result = await task
    print(f"main: got {result!r}, cancelled() is {task.cancelled()}")

asyncio.run(main())
