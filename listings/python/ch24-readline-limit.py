import asyncio

async def handle(reader, writer):
    while True:
        try:
            line = await reader.readline()
        except ValueError as error:  # the line went past the limit
            writer.write(f"ERR {error}\n".encode())
            continue
        if not line:
            break
        writer.write(f"got {line.decode().strip()!r}\n".encode())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=32)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)

        async def reply():
            return (await reader.readline()).decode().strip()

        writer.write(b"x" * 100 + b"\n")  # a 100-byte line, all at once
        print("client: 100 bytes at once ->", await reply())
        writer.write(b"x" * 100)  # the same, its end 300 ms later
        await asyncio.sleep(0.3)
        writer.write(b" and the end of it\n")
        print("client: 100 bytes, then the end ->", await reply())
        print("client: and then ->", await reply())
        writer.write_eof()
        await reader.read()
        writer.close()

asyncio.run(main())
