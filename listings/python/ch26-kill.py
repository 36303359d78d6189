import asyncio
import sys

CHILD = "import time; time.sleep(5)"

async def main():
    print("parent: starting a child that needs 5 s")
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD)
    try:
        await asyncio.wait_for(proc.wait(), timeout=1)
    except TimeoutError:
        print("parent: no exit within 1 s, killing it")
        proc.kill()  # sends SIGKILL and returns at once
        await proc.wait()
    print(f"parent: return code {proc.returncode}")

asyncio.run(main())
