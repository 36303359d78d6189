import asyncio

async def handle(reader, writer):  # asyncio runs it as a task per connection
    while line := await reader.readline():
        name = line.decode().strip()
        print(f"server: working for {name}")
        await asyncio.sleep(1)  # a slow request
        writer.write(f"done for {name}\n".encode())
        await writer.drain()
        print(f"server: answered {name}")
    writer.close()

async def client(port, name, start_after):
    await asyncio.sleep(start_after)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await writer.drain()
    print(f"{name}: request sent")
    reply = await reader.readline()
    print(f'{name}: got "{reply.decode().strip()}"')
    writer.write_eof()  # done: the server's handler sees the end
    await reader.read()  # and closes its side
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("server: listening")
    async with server:
        await asyncio.gather(
            client(port, "client 1", 0),
            client(port, "client 2", 0.2),
            client(port, "client 3", 0.4),
        )

asyncio.run(main())
