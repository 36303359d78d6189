import asyncio

def total(numbers):
    return sum(numbers)

async def total_later(numbers):
    await asyncio.sleep(0)
    return sum(numbers)

print(type(total([1, 2, 3])).__name__)        # the result itself
coro = total_later([1, 2, 3])
print(type(coro).__name__)                     # a coroutine object
print(asyncio.run(coro))                       # run it to get the result
