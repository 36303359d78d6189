import asyncio

def apply(db, line):
    match line.split(" ", 2):
        case ["SET", key, value]:
            db[key] = value
            return "OK"
        case ["GET", key]:
            return f"VALUE {db[key]}" if key in db else "NONE"
        case _:
            return f"ERR cannot parse {line!r}"

async def main():
    db = {}  # one dict shared by every connection

    async def handle(reader, writer):
        while line := await reader.readline():
            reply = apply(db, line.decode().rstrip("\n"))
            writer.write(f"{reply}\n".encode())
            await writer.drain()
        writer.close()

    async def ask(name, conn, request):
        reader, writer = conn
        writer.write(f"{request}\n".encode())
        reply = (await reader.readline()).decode().rstrip("\n")
        print(f"{name}: {request} -> {reply}")

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        ann = await asyncio.open_connection("127.0.0.1", port)
        bob = await asyncio.open_connection("127.0.0.1", port)
        await ask("ann", ann, "SET color blue")
        await ask("bob", bob, "GET color")
        await ask("bob", bob, "SET color green")
        await ask("ann", ann, "GET color")
        await ask("ann", ann, "GET size")
        for reader, writer in (ann, bob):
            writer.write_eof()  # done: the server's handler sees the end
            await reader.read()  # and closes its side
            writer.close()

asyncio.run(main())
