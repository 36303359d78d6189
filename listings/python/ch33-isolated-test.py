import asyncio
import unittest

async def fetch(record_id):
    await asyncio.sleep(0.5)
    return f"record {record_id}"

class FetchTests(unittest.IsolatedAsyncioTestCase):
    loops = []

    async def test_fetch_returns_the_record(self):
        self.loops.append(asyncio.get_running_loop())
        self.assertEqual(await fetch(1), "record 1")

    async def test_two_fetches_overlap(self):
        self.loops.append(asyncio.get_running_loop())
        loop = asyncio.get_running_loop()
        start = loop.time()
        records = await asyncio.gather(fetch(1), fetch(2))
        self.assertEqual(records, ["record 1", "record 2"])
        self.assertLess(loop.time() - start, 0.75)  # together: not 1 s

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

suite = unittest.defaultTestLoader.loadTestsFromTestCase(FetchTests)
report = Report()
suite.run(report)
first, second = FetchTests.loops
print(f"each test had its own event loop: {first is not second}")
print(f"{report.testsRun} tests, {len(report.failures) + len(report.errors)} failed")
raise SystemExit(not report.wasSuccessful())
