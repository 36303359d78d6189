import asyncio
import sys

# The child is another Python, given its program with -c.
CHILD = """
import sys
print("child: hello")
print("child: a warning", file=sys.stderr)
"""

async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await proc.communicate()
    print(f"parent: return code {proc.returncode}")
    print(f"parent: stdout {stdout.decode()!r}")
    print(f"parent: stderr {stderr.decode()!r}")

asyncio.run(main())
