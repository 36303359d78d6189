import asyncio
import socket
import struct

async def reset_at_once(reader, writer):
    sock = writer.get_extra_info("socket")
    linger = struct.pack("ii", 1, 0)  # on, 0 seconds: close with a reset
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
    writer.close()
    print("server: set a zero linger and closed its socket")

async def main():
    server = await asyncio.start_server(reset_at_once, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.read(64)
    except ConnectionResetError as e:
        print(f"client: read failed: {type(e).__name__}: {e}")
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
