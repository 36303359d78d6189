import asyncio
import sys

# Three lines, 300 ms apart. flush=True: into a pipe, Python's print
# would otherwise keep them in a buffer until the child exits.
CHILD = """
import time
for i in range(1, 4):
    print(f"tick {i}", flush=True)
    time.sleep(0.3)
"""

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE,
    )
    while line := await proc.stdout.readline():
        text = line.decode().rstrip("\n")
        print(f'parent: got "{text}"')
    code = await proc.wait()
    print(f"parent: end, return code {code}")

asyncio.run(main())
