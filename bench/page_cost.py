#!/usr/bin/env python3
"""What page views cost each of several running apps: wrk on each path (a warm-up, then the measured run) and
the app's CPU time from /proc before and after, so that apps in different settings can be put side by side in
one run. Each path is viewed from one address, then from an address of its own for every view (X-Forwarded-For:
the apps should trust it), since what an app remembers of an address helps only the first. Prints figures;
asserts nothing.

    page_cost.py SECONDS NAME=URL=PID [NAME=URL=PID ...] -- PATH [PATH ...]

Needs wrk (apt-get install wrk).
"""
import os
import re
import subprocess
import sys
import tempfile

EVERY_VIEW_ITS_ADDRESS = """local n = 0
request = function()
  n = n + 1
  local headers = {}
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", (n / 65536) % 256, (n / 256) % 256, n % 256)
  return wrk.format("GET", nil, headers)
end
"""


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wrk(url, seconds, script):
    scripted = ["-s", script] if script else []
    out = subprocess.run(["wrk", "-t1", "-c20", f"-d{seconds}s", "--latency"] + scripted + [url],
                         capture_output=True, text=True).stdout
    total = int(re.search(r"(\d+) requests in", out).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return total, rate, p50, int(non2xx.group(1)) if non2xx else 0


def main():
    seconds = int(sys.argv[1])
    split = sys.argv.index("--")
    apps = [argument.split("=", 2) for argument in sys.argv[2:split]]
    paths = sys.argv[split + 1:]
    print(f"page views, {seconds} s each after a warm-up of every view as long, 20 connections,"
          f" {os.cpu_count()} cores:")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as spread:
        spread.write(EVERY_VIEW_ITS_ADDRESS)
        spread.flush()
        views = [(path, addresses, script, app) for path in paths
                 for addresses, script in (("one address", None), ("an address a view", spread.name))
                 for app in apps]
        for path, _, script, (_, url, _) in views:
            wrk(url + path, seconds, script)
        for path, addresses, script, (name, url, pid) in views:
            before = cpu_seconds(pid)
            total, rate, p50, failed = wrk(url + path, seconds, script)
            used = cpu_seconds(pid) - before
            print(f"  {path:18} {addresses:18} {name:26} {rate:8.0f} req/s  p50 {p50:>8}"
                  f"  app CPU {used / total * 1000:.2f} ms a view  (non-2xx: {failed})")

if __name__ == "__main__":
    main()
