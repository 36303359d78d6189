import asyncio
import os
import signal
import sys

connections = set()  # the handler tasks still running

async def handle(reader, writer):
    connections.add(asyncio.current_task())
    name = None
    try:
        request = (await reader.readline()).decode().split()
        try:
            name, seconds = request[0], int(request[1])
        except (IndexError, ValueError):
            writer.write(b"ERR expected NAME SECONDS\n")
            return
        print(f"server: working for {name} ({seconds} s)")
        await asyncio.sleep(seconds)
        writer.write(f"done for {name}\n".encode())
        await writer.drain()
        print(f"server: answered {name}")
    except asyncio.CancelledError:
        # Not re-raised: CPython 3.11 and 3.12 log a traceback for a
        # handler that ends cancelled.
        print(f"server: work for {name or 'a silent client'} cancelled")
    finally:
        writer.close()
        connections.discard(asyncio.current_task())

def press_ctrl_c():  # a real SIGINT, the signal Ctrl-C sends
    print("timer: sending SIGINT")
    os.kill(os.getpid(), signal.SIGINT)

async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.call_later(1.5, press_ctrl_c)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("server: listening")
    clients = asyncio.gather(
        request(port, "slow", 5, 0.2),
        request(port, "quick", 1, 1.0),
        late(port, 2.5),
    )

    await stop.wait()
    server.close()  # stop accepting; open connections stay open
    print("main: shutting down (SIGINT)")
    print(f"main: waiting up to 2 s for {len(connections)} connections")
    busy = set()
    if connections:  # (asyncio.wait refuses an empty set)
        done, busy = await asyncio.wait(connections, timeout=2)
    if busy:
        print(f"main: deadline passed with {len(busy)} still busy, cutting off")
        for task in busy:
            task.cancel()
        await asyncio.wait(busy)
    await clients
    if busy:
        sys.exit(f"error: the deadline cut off {len(busy)} connection(s)")

async def request(port, name, seconds, start_after):
    await asyncio.sleep(start_after)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name} {seconds}\n".encode())
    print(f"{name}: request sent ({seconds} s of work)")
    while reply := await reader.readline():
        print(f"{name}: got {reply.decode().strip()!r}")
    print(f"{name}: the server closed the connection")
    writer.close()

async def late(port, start_after):
    await asyncio.sleep(start_after)
    try:
        await asyncio.open_connection("127.0.0.1", port)
        print("late: connected, so the server still accepts")
    except ConnectionRefusedError:
        print("late: connection refused")

asyncio.run(main())
