import asyncio
import logging
import os
import re
import time
import warnings


async def heartbeat():
    for beat in range(1, 6):
        await asyncio.sleep(0.4)
        print(f"heartbeat: beat {beat}, waiting")


async def save(rows):
    print(f"save: {rows} saved")


async def main():
    asyncio.get_running_loop().slow_callback_duration = 0.5  # default: 0.1 s
    beating = asyncio.create_task(heartbeat())
    await asyncio.sleep(1)
    print("main: blocking the loop for 1 s")
    time.sleep(1)  # blocks: no other task runs meanwhile
    print("main: done blocking")
    save("42 rows")  # forgot await: the coroutine never runs
    await beating


class Shortened(logging.Handler):
    """Prints asyncio's warnings on stdout, shortened so that every run
    prints the same: the task up to its coroutine, the file without its
    directory, the time in whole seconds (a busy machine adds a little)."""

    def emit(self, record):
        text = record.getMessage()
        task = re.match(r"Executing (<Task \w+ name='[^']*' coro=<[^>]*>)", text)
        took = re.search(r"took (\d+\.\d+) seconds$", text)
        if task and took:
            where = re.sub(r"at \S*/", "at ", task[1])
            text = f"Executing {where} ...> took {int(float(took[1]))} seconds"
        print(f"asyncio: {text}")


def show_warning(message, category, filename, lineno, file=None, line=None):
    first_line = str(message).splitlines()[0]  # debug mode adds a traceback
    print(f"warnings: {os.path.basename(filename)}:{lineno}: "
          f"{category.__name__}: {first_line}")


logging.getLogger("asyncio").addHandler(Shortened(logging.WARNING))
warnings.showwarning = show_warning
asyncio.run(main(), debug=True)
