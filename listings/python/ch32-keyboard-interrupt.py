import asyncio
import os
import signal

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker: cancelled too, as asyncio.run cleans up")

def press_ctrl_c():  # a real SIGINT, the signal Ctrl-C sends
    print("timer: sending SIGINT")
    os.kill(os.getpid(), signal.SIGINT)

async def main():
    asyncio.get_running_loop().call_later(1.5, press_ctrl_c)
    task = asyncio.create_task(worker())
    print("main: working; Ctrl-C stops me (or the timer, at 1.5 s)")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main: CancelledError at my await")
        await asyncio.sleep(0.3)  # cleanup may await
        print("main: cleaned up")
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("top level: asyncio.run raised KeyboardInterrupt")
