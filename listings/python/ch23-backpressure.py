import asyncio

async def main():
    async def slow_reader(reader, writer):
        await asyncio.sleep(1)
        print("server: starts reading")
        total = 0
        while data := await reader.read(64 * 1024):
            total += len(data)
        print(f"server: read {total >> 20} MiB, then end of stream")
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    writer.write(b"x" * (32 << 20))  # 32 MiB
    buffered = writer.transport.get_write_buffer_size()
    where = "most of it" if buffered > 16 << 20 else "little"
    print(f"client: write() returned at once, {where} still in asyncio's buffer")
    print("client: drain(), waiting")
    await writer.drain()
    print("client: drain() returned: the buffer has emptied enough")
    writer.write_eof()
    await reader.read()  # the server closes after the end of stream
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
