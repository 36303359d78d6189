import asyncio

# The server's items: id -> (seconds it takes over each, its answer).
ITEMS = {
    1: (0.5, "200 anchor"),
    2: (0.3, "200 bridge"),
    3: (0.6, "200 candle"),
    4: (0.8, "200 delta"),
    5: (0.4, "200 ember"),
    6: (1.0, "404 no such item"),
    7: (1.0, "200 garnet"),
    8: (0.8, "200 harbor"),
}

def reply(item, attempt):
    if item not in ITEMS:
        return 0, "404 no such item"
    delay, line = ITEMS[item]
    if (item, attempt) == (3, 1):
        return 2.5, line  # 1 s past the client's limit
    if (item, attempt) == (4, 1):
        return delay, "503 busy"
    if (item, attempt) == (4, 2):
        return delay, None  # hangs up without a word
    return delay, line

attempts = {}  # id -> requests so far

# ANCHOR: parse
def parse_id(text):
    """Parses as Rust's `text.parse::<u32>()` does: ASCII digits, one optional
    leading +, no spaces, at most 2**32 - 1. Anything else is a ValueError."""
    digits = text.removeprefix("+")
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a u32: {text!r}")
    item = int(digits)
    if item >= 2**32:
        raise ValueError(f"not a u32: {text!r}")
    return item

async def answer(reader, writer):
    try:
        request = (await reader.readline()).decode().rstrip("\r\n")
        if not request.startswith("GET "):
            raise ValueError(f"not a request: {request!r}")
        item = parse_id(request[4:])
    except ValueError:  # UnicodeDecodeError is a ValueError too
        delay, line = 0, "400 bad request"
    else:
        attempts[item] = attempts.get(item, 0) + 1
        delay, line = reply(item, attempts[item])
    await asyncio.sleep(delay)
    try:
        if line is not None:
            writer.write(f"{line}\n".encode())
            await writer.drain()
    except ConnectionError:
        pass  # the client hung up early: nothing to do
    writer.close()
# ANCHOR_END: parse

LIMIT = 1.5  # seconds for one request, from connecting to the answer
BACKOFF = [0.2, 0.4]  # the pauses before the second and the third attempt

class FetchError(Exception):
    def __init__(self, reason, retryable=True):
        super().__init__(reason)
        self.retryable = retryable

async def get(port, item):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {item}\n".encode())
        await writer.drain()
        line = (await reader.readline()).decode()
    finally:
        writer.close()
    if not line:
        raise FetchError("connection closed")
    code, _, rest = line.rstrip("\n").partition(" ")
    if not code.isdigit():
        raise FetchError("not an answer line")
    if code == "200":
        return rest
    raise FetchError(f"{code} {rest}", retryable=int(code) >= 500)

# ANCHOR: retries
async def fetch_with_retries(port, slot, item):
    pauses = iter(BACKOFF)
    attempt = 1
    while True:
        if attempt == 1:
            print(f"slot {slot}: GET {item}")
        else:
            print(f"slot {slot}: GET {item}, try {attempt}")
        try:
            body = await asyncio.wait_for(get(port, item), LIMIT)
            print(f"slot {slot}: item {item} ok, {body}")
            return body
        except TimeoutError:  # first: TimeoutError is an OSError too
            error = FetchError("timed out")
        except OSError as e:
            error = FetchError(str(e))
        except FetchError as e:
            error = e
        pause = next(pauses, None)
        if pause is None or not error.retryable:
            print(f"slot {slot}: {error}, giving up")
            raise error
        print(f"slot {slot}: {error}, waiting {round(pause * 1000)} ms")
        await asyncio.sleep(pause)
        attempt += 1
# ANCHOR_END: retries

# ANCHOR: driver
async def rogue(port):
    """A client that sends the server a line that is not a request, at 0.7 s."""
    await asyncio.sleep(0.7)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET four\n")
    await writer.drain()
    answer = (await reader.readline()).decode()
    writer.close()
    print(f"rogue: GET four -> {answer.rstrip()}")

SLOTS = 3  # at most this many requests in flight

async def in_slot(port, slot, item):
    try:
        return slot, item, await fetch_with_retries(port, slot, item)
    except FetchError as error:
        return slot, item, error

async def main():
    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    rogue_task = asyncio.create_task(rogue(port))  # while the fetches run

    wanted = list(range(1, 9))
    queue = iter(wanted)
    running = set()
    for slot in range(1, SLOTS + 1):
        item = next(queue, None)
        if item is not None:
            running.add(asyncio.create_task(in_slot(port, slot, item)))
    results = {}
    while running:
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            slot, item, result = task.result()
            results[item] = result
            print(f"progress: {len(results)} of {len(wanted)} done")
            item = next(queue, None)
            if item is not None:  # the freed slot takes the next item
                running.add(asyncio.create_task(in_slot(port, slot, item)))

    await rogue_task  # long done

    print("in input order:")
    for item in wanted:
        if isinstance(results[item], FetchError):
            print(f"item {item} -> failed ({results[item]})")
        else:
            print(f"item {item} -> {results[item]}")
    ok = sum(not isinstance(result, FetchError) for result in results.values())
    print(f"{ok} ok, {len(results) - ok} failed")
    server.close()
# ANCHOR_END: driver

asyncio.run(main())
