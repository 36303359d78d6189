import asyncio

async def fetch(future):
    print("fetch: started, awaiting the future")
    data = await future
    print(f"fetch: resumed with {data!r}")
    return data.upper()

loop = asyncio.new_event_loop()
future = loop.create_future()
coro = fetch(future)

# What the event loop does, by hand: run the coroutine to its first wait...
yielded = coro.send(None)
print(f"driver: the coroutine yielded the future itself: {yielded is future}")
# ...later the result arrives (a socket would be readable, a timer fire)...
future.set_result("data")
# ...so resume the coroutine, which now runs to its end.
try:
    coro.send(None)
except StopIteration as stop:
    print(f"driver: the coroutine returned {stop.value!r}")
loop.close()
