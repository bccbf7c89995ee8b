#!/usr/bin/env python3
"""The proof of work, measured. Prints figures, asserts nothing.

  bench/proof_of_work.py APP_URL APP_PID [SECONDS]

1. Time to solve a challenge at each difficulty in headless Chromium, with the app's own solver (app.js,
   window.cognitoProofOfWork), driven through chromedriver's WebDriver protocol; beside it a plain Python
   solver, standing in for a bot that solves natively.
2. What a client that does not solve costs the app: wrk sends code requests without a solution (the app
   should run with reset.proof-of-work.from=0, so every form is challenged) and the app's CPU time is read
   from /proc before and after; a page view of /forgot-password is measured the same way beside it.

Needs chromium and chromium-driver (apt), wrk (apt). DIFFICULTIES (20000 60000 200000 400000) and TRIALS (20).
"""
import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(__file__))
import page_cost  # noqa: E402

app, pid = sys.argv[1], int(sys.argv[2])
seconds = int(sys.argv[3]) if len(sys.argv) > 3 else 15
difficulties = [int(d) for d in os.environ.get("DIFFICULTIES", "20000 60000 200000 400000").split()]
trials = int(os.environ.get("TRIALS", "20"))


class Chromium:
    """Just enough of the WebDriver protocol: a session, a page, a script."""

    def __init__(self, port=19515):
        self.driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/status")
                break
            except OSError:
                time.sleep(0.1)
        options = {"binary": os.environ.get("CHROME_BIN", "/usr/bin/chromium"),
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]}
        self.session = self.call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}})["sessionId"]
        self.call("POST", f"/session/{self.session}/timeouts", {"script": 600000})

    def call(self, method, path, body=None):
        request = urllib.request.Request(self.base + path, method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(request, timeout=900))["value"]

    def open(self, url):
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def run_async(self, script, *args):
        return self.call("POST", f"/session/{self.session}/execute/async", {"script": script, "args": list(args)})

    def quit(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.terminate()


def challenge(maximum, number=None):
    salt = os.urandom(12).hex() + "?expires=9999999999&"
    number = random.randrange(maximum) if number is None else number
    return {"algorithm": "SHA-256", "salt": salt, "maxnumber": maximum, "signature": "",
            "challenge": hashlib.sha256(f"{salt}{number}".encode()).hexdigest()}, number


def native_solve(c):
    target, salt = c["challenge"], c["salt"]
    for n in range(c["maxnumber"] + 1):
        if hashlib.sha256(f"{salt}{n}".encode()).hexdigest() == target:
            return n


def summary(millis):
    millis = sorted(millis)
    return (f"mean {statistics.mean(millis):7.0f} ms  p50 {millis[len(millis) // 2]:7.0f} ms  "
            f"p90 {millis[int(len(millis) * 0.9)]:7.0f} ms  max {millis[-1]:7.0f} ms")


SOLVE = """
var done = arguments[arguments.length - 1];
var started = performance.now();
window.cognitoProofOfWork.solve(arguments[0]).then(function (n) { done([n, performance.now() - started]); });
"""

print(f"== Time to solve, {trials} challenges per difficulty (the secret number uniform below it)")
browser = Chromium()
try:
    # A page without a form, so that no challenge of its own is being solved meanwhile.
    browser.open(app + "/")
    for maximum in difficulties:
        browser_ms, native_ms = [], []
        for _ in range(trials):
            c, number = challenge(maximum)
            found, took = browser.run_async(SOLVE, c)
            assert found == number, (found, number)
            browser_ms.append(took)
            started = time.perf_counter()
            native_solve(c)
            native_ms.append((time.perf_counter() - started) * 1000)
        c, _ = challenge(maximum, maximum - 1)
        _, worst = browser.run_async(SOLVE, c)
        print(f"{maximum:>8}  headless Chromium  {summary(browser_ms)}  worst case {worst:6.0f} ms")
        print(f"{'':>8}  Python hashlib     {summary(native_ms)}")
finally:
    browser.quit()


def measured(url, script=None):
    page_cost.wrk(url, 5, script)
    before = page_cost.cpu_seconds(pid)
    total, rate, p50, failed = page_cost.wrk(url, seconds, script)
    return total, rate, p50, page_cost.cpu_seconds(pid) - before, failed


print()
print(f"== What a client that does not solve costs the app ({seconds} s each, 20 connections, {os.cpu_count()} cores)")
with tempfile.TemporaryDirectory() as work:
    jar = os.path.join(work, "jar")
    page = subprocess.run(["curl", "-s", "-c", jar, app + "/forgot-password"], capture_output=True,
                          text=True).stdout
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    cookie = next(f"{line.split()[5]}={line.split()[6]}" for line in open(jar)
                  if "XSRF-TOKEN" in line and not line.startswith("# "))
    script = os.path.join(work, "unsolved.lua")
    with open(script, "w") as lua:
        lua.write(f"""local n = 0
request = function()
  n = n + 1
  local headers = {{}}
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Cookie"] = "{cookie}"
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", (n / 65536) % 256, (n / 256) % 256, n % 256)
  return wrk.format("POST", "/forgot-password", headers, "_csrf={token}&username=bot-" .. n)
end
""")
    for name, url, lua in (("page view GET /forgot-password", app + "/forgot-password", None),
                           ("unsolved POST /forgot-password", app, script)):
        total, rate, p50, used, refused = measured(url, lua)
        print(f"{name:32} {rate:8.0f} req/s  p50 {p50:>8}  app CPU {used / total * 1000:.2f} ms a request"
              f"  (non-2xx: {refused} of {total})")
