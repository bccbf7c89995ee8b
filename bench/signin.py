#!/usr/bin/env python3
"""Times the sign-in that starts change password, as a person sends it: POST /change-password for a user with a
temporary password, answered with the redirect to /new-password (so nothing changes and every round is alike).
Run it against the app once with COGNITO_SIGN_IN_FLOW=srp and once with =password to see what SRP adds (one
more round trip to Cognito and the client's modular arithmetic).

    signin.py APP_URL USERNAME TEMPORARY_PASSWORD [ROUNDS]

The app should trust X-Forwarded-For (each round comes from an address of its own). Prints figures; asserts
nothing.
"""
import statistics
import sys
import time

from flows import Browser


def main():
    app, user, password = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    times = []
    for i in range(rounds + 50):
        browser = Browser(app, address=f"10.77.{i // 250}.{i % 250}")
        browser.request("GET", "/change-password")
        started = time.perf_counter()
        status, location = browser.request("POST", "/change-password", {
            "username": user, "currentPassword": password, "password": "Unused-Pass-9!x",
            "confirmPassword": "Unused-Pass-9!x", "_signOutEverywhere": "on"})
        elapsed = (time.perf_counter() - started) * 1000
        if (status, location) != (302, "/new-password"):
            sys.exit(f"unexpected answer {status} {location}")
        if i >= 50:
            times.append(elapsed)
    print(f"sign-in to the new-password step: p50 {statistics.median(times):.1f} ms, "
          f"p90 {statistics.quantiles(times, n=10)[8]:.1f} ms ({rounds} rounds after 50 to warm up)")


if __name__ == "__main__":
    main()
