import asyncio
import time
import unittest

REPLY_TIMEOUT = 2  # seconds

async def ask(host, port, request):
    """Sends one request line and returns the reply line, or raises TimeoutError."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"{request}\n".encode())
        await writer.drain()
        reply = await asyncio.wait_for(reader.readline(), REPLY_TIMEOUT)
        return reply.decode().rstrip("\n")
    finally:
        writer.close()
        await writer.wait_closed()

async def silent(reader, writer):
    await reader.read()  # reads until the client hangs up, never answers
    writer.close()

class ClientTests(unittest.IsolatedAsyncioTestCase):
    async def test_client_gives_up_on_a_silent_server(self):
        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        loop = asyncio.get_running_loop()
        start, wall = loop.time(), time.monotonic()
        print("client: waiting for a reply")
        with self.assertRaises(TimeoutError):
            await ask("127.0.0.1", port, "GET color")
        print(f"client: gave up after {loop.time() - start:.0f} s")
        self.assertGreaterEqual(loop.time() - start, REPLY_TIMEOUT)
        self.assertGreaterEqual(time.monotonic() - wall, REPLY_TIMEOUT)  # real seconds
        server.close()
        await server.wait_closed()

class Report(unittest.TestResult):
    """Prints one line per test, and no timings, unlike unittest.main()."""

    def addSuccess(self, test):
        super().addSuccess(test)
        print(f"{test.id().split('.')[-1]}: ok")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        print(f"{test.id().split('.')[-1]}: FAILED: {err[1]}")

    def addError(self, test, err):
        super().addError(test, err)
        print(f"{test.id().split('.')[-1]}: ERROR: {err[1]!r}")

report = Report()
unittest.defaultTestLoader.loadTestsFromTestCase(ClientTests).run(report)
raise SystemExit(not report.wasSuccessful())
