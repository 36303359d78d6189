import asyncio
import time

CLIENTS = 100
ROUND_TRIPS = 100


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for _ in range(ROUND_TRIPS):
        writer.write(b"ping\n")
        await writer.drain()
        assert await reader.readline() == b"ping\n"
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    async with asyncio.TaskGroup() as group:
        for _ in range(CLIENTS):
            group.create_task(client(port))
    elapsed = time.perf_counter() - start
    server.close()
    await server.wait_closed()
    label = f"asyncio: {CLIENTS} clients x {ROUND_TRIPS} round trips"
    print(f"{label}: {elapsed:.3f} s")


asyncio.run(main())
