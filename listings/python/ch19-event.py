import asyncio

async def waiter(name, event):
    print(f"{name}: waiting for the event")
    await event.wait()
    print(f"{name}: the event is set, carrying on")

async def setter(event):
    await asyncio.sleep(2)  # some work first
    print("setter: setting the event")
    event.set()

async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter("waiter", event), setter(event))
    # The event stays set, so a waiter that comes later passes at once.
    await waiter("late waiter", event)
    print(f"main: is_set() is {event.is_set()}")
    event.clear()
    print(f"main: after clear(), is_set() is {event.is_set()}")

asyncio.run(main())
