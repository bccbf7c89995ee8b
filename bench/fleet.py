#!/usr/bin/env python3
"""Drives forgot-password flows through two instances of the app on one Redis, each request of a flow going to
the other instance than the one before (as a round-robin load balancer would), then leaves flows open and
measures what Redis holds for them.

    fleet.py APP_A_URL APP_B_URL EMULATOR_URL POOL_ID REDIS_PORT [FLOWS] [OPEN]

Each flow has a user of its own, made here. Prints figures; asserts nothing.
"""
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import boto3

from flows import Browser

NEW_PASSWORD = "Fleet-Pass-2-Zq8#xw"


def redis(port, *command):
    return subprocess.run(["redis-cli", "-p", str(port), *command], capture_output=True, text=True,
                          check=True).stdout.strip()


def session_keys(port):
    keys = redis(port, "--scan", "--pattern", "reset:session:*").split()
    return [k for k in keys if not k.startswith(("reset:session:kind:", "reset:session:address:"))]


def used_memory(port):
    info = redis(port, "info", "memory")
    return int(next(line.split(":")[1] for line in info.splitlines() if line.startswith("used_memory:")))


def main():
    app_a, app_b, emulator, pool, redis_port = sys.argv[1:6]
    flows = int(sys.argv[6]) if len(sys.argv) > 6 else 100
    left_open = int(sys.argv[7]) if len(sys.argv) > 7 else 1000
    cognito = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=emulator,
                           aws_access_key_id="none", aws_secret_access_key="none")
    users = [f"fleet-{i}" for i in range(flows + left_open)]
    for user in users:
        cognito.admin_create_user(UserPoolId=pool, Username=user, MessageAction="SUPPRESS",
                                  UserAttributes=[{"Name": "email", "Value": f"{user}@example.com"},
                                                  {"Name": "email_verified", "Value": "true"}])
    instances = [app_a, app_b]

    completed, failed, times = 0, 0, []
    for i, user in enumerate(users[:flows]):
        browsers = [Browser(url, address=f"10.{i // 250}.{i % 250}.1") for url in instances]
        cookies = {}

        def step(n, method, path, fields=None):
            browser = browsers[n % 2]
            browser.cookies = cookies
            browser.csrf = step.csrf
            status, location = browser.request(method, path, fields)
            step.csrf = browser.csrf
            return status, location

        step.csrf = None
        started = time.perf_counter()
        step(0, "GET", "/forgot-password")
        sent = step(1, "POST", "/forgot-password", {"username": user})
        step(2, "GET", "/confirm-code")
        done = step(3, "POST", "/confirm-code", {"code": "123456", "password": NEW_PASSWORD,
                                                  "confirmPassword": NEW_PASSWORD})
        final = step(4, "GET", "/done")
        times.append((time.perf_counter() - started) * 1000)
        if sent == (302, "/confirm-code") and done == (302, "/done") and final[0] == 200:
            completed += 1
        else:
            failed += 1
    print(f"flows through both instances: {completed} completed, {failed} failed, "
          f"p50 {statistics.median(times):.0f} ms, p99 {statistics.quantiles(times, n=100)[98]:.0f} ms "
          f"(5 requests each, alternating; the code request includes the 400 ms response-time floor)")

    before, keys_before = used_memory(redis_port), len(session_keys(redis_port))
    def start_flow(numbered):
        i, user = numbered
        browser = Browser(instances[i % 2], address=f"10.200.{i // 250}.{i % 250}")
        browser.request("GET", "/forgot-password")
        return browser.request("POST", "/forgot-password", {"username": user}) == (302, "/confirm-code")

    with ThreadPoolExecutor(16) as people:
        started = sum(people.map(start_flow, enumerate(users[flows:])))
    keys = session_keys(redis_port)
    after = used_memory(redis_port)
    sample = keys[:200]
    per_key = [int(redis(redis_port, "memory", "usage", key)) for key in sample]
    print(f"sessions in Redis: {keys_before} before, {len(keys)} after {left_open} flows left open at the code step"
          f" ({started} of them reached it)")
    print(f"memory per open flow: {statistics.mean(per_key):.0f} B for its session, a hash of sealed values (MEMORY USAGE, "
          f"mean of {len(sample)}), {(after - before) / left_open:.0f} B of used_memory with its index entries")


if __name__ == "__main__":
    main()
