import asyncio


async def request(lock):
    async with lock:
        await asyncio.sleep(1)  # the slow part, with the lock held


async def main():
    lock = asyncio.Lock()
    for n in range(1, 4):
        asyncio.create_task(request(lock), name=f"request {n}")
    await asyncio.sleep(0.3)
    tasks = asyncio.all_tasks()
    print(f"main: {len(tasks)} tasks alive, main's own included")
    others = tasks - {asyncio.current_task()}
    for task in sorted(others, key=asyncio.Task.get_name):
        frame = task.get_stack()[-1]  # where the task is now
        print(f"{task.get_name()}: in {frame.f_code.co_name}(), "
              f"line {frame.f_lineno}")


asyncio.run(main())
