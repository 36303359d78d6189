import asyncio

IDLE_LIMIT = 1

async def handle(reader, writer):
    while True:
        try:
            line = await asyncio.wait_for(reader.readline(), IDLE_LIMIT)
        except TimeoutError:
            print("server: closing a connection idle for 1 s")
            writer.write(b"ERR idle for 1 s, closing\n")
            break
        if not line:
            break  # the client hung up
        writer.write(b"OK " + line)  # an echo, to keep it short
    writer.close()

async def silent_client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while line := await reader.readline():
        print(f'silent: got "{line.decode().strip()}"')
    print("silent: the server closed the connection")
    writer.close()

async def busy_client(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for pause, request in [(0.2, "hello"), (0.4, "still here"), (0.6, "bye")]:
        await asyncio.sleep(pause)
        writer.write(f"{request}\n".encode())
        reply = (await reader.readline()).decode().strip()
        print(f"busy: {request} -> {reply}")
    writer.write_eof()
    await reader.read()  # wait until the server closes its side
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(silent_client(port), busy_client(port))

asyncio.run(main())
