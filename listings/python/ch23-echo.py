import asyncio

async def echo(reader, writer):
    total = 0
    while data := await reader.read(1024):
        print(f"server: echoing {len(data)} bytes")
        writer.write(data)
        await writer.drain()
        total += len(data)
    print(f"server: end of stream after {total} bytes, closing")
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for line in ["hello", "how are you?", "bye"]:
        writer.write(f"{line}\n".encode())
        await writer.drain()
        print(f'client: sent "{line}"')
        reply = await reader.readline()
        print(f'client: got "{reply.decode().rstrip()}"')
    writer.write_eof()  # no more to send: the server reads b""
    while extra := await reader.readline():
        print(f"client: got {extra!r}")
    print("client: the server closed the connection")
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
