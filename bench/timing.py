#!/usr/bin/env python3
"""Whether a code request answers as fast for an unknown username as for a known one (it must not tell them
apart): POST /forgot-password for each, interleaved, through the app with its response-time floor.

    timing.py APP_URL KNOWN_USERNAME [ROUNDS]

Prints figures; asserts nothing.
"""
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from flows import Browser, percentile  # noqa: E402

app_url, known = sys.argv[1:3]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 30
times = {"known": [], "unknown": []}
for i in range(rounds):
    for kind, username in (("known", known), ("unknown", f"nobody-{i}")):
        browser = Browser(app_url, f"10.200.{i}.{1 if kind == 'known' else 2}")
        browser.request("GET", "/forgot-password")
        start = time.perf_counter()
        status, location = browser.request("POST", "/forgot-password", {"username": username})
        times[kind].append((time.perf_counter() - start) * 1000)
        if status != 302:
            raise SystemExit(f"POST /forgot-password for {kind} answered {status}")
print(f"\nPOST /forgot-password, {rounds} rounds each, interleaved (with the app's response-time floor)")
for kind, values in times.items():
    print(f"  {kind:8} user: p50 {statistics.median(values):7.1f} ms   p90 {percentile(values, 0.9):7.1f} ms")
