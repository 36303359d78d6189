import asyncio
import threading
import time

async def crunch():
    try:
        for step in range(1, 4):
            print(f"crunch: step {step} started")
            time.sleep(0.4)  # computing: no await, nothing else runs
        await asyncio.sleep(0)  # the first await since it started
        print("crunch: after the await")
    except asyncio.CancelledError:
        print("crunch: cancelled at its await")
        raise

def canceller(loop, task):
    time.sleep(0.6)
    print("canceller: cancel requested")
    loop.call_soon_threadsafe(task.cancel)  # task.cancel() is not thread-safe

async def main():
    task = asyncio.create_task(crunch())
    threading.Thread(target=canceller, args=(asyncio.get_running_loop(), task)).start()
    try:
        await task
    except asyncio.CancelledError:
        print("main: crunch was cancelled")

asyncio.run(main())
