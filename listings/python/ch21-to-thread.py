import asyncio
import time

def read_report():
    time.sleep(1)  # blocking: a synchronous driver call, say
    return "42 rows"

async def heartbeat(beats):
    while True:
        beats[0] += 1
        await asyncio.sleep(0.1)

def verdict(count):
    # About ten beats fit in a second; a busy machine may fit fewer.
    return "kept beating" if count >= 5 else "stalled"

async def main():
    beats = [0]
    beating = asyncio.create_task(heartbeat(beats))
    loop = asyncio.get_running_loop()

    before = beats[0]
    report = await asyncio.to_thread(read_report)
    print(f"to_thread:             {report}, heartbeat {verdict(beats[0] - before)}")

    before = beats[0]
    report = await loop.run_in_executor(None, read_report)
    print(f"run_in_executor(None): {report}, heartbeat {verdict(beats[0] - before)}")
    beating.cancel()

asyncio.run(main())
