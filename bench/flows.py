#!/usr/bin/env python3
"""Times the forgot-password and change-password flows through the app beside the same Cognito calls made
straight to the emulator, interleaved in one run, and prints what the app adds to the Cognito round trip.

    flows.py APP_URL EMULATOR_URL CLIENT_ID USERNAME PASSWORD [ROUNDS]

The user must exist with a verified email and PASSWORD. The app should run without its response-time floor for
code requests (reset.forgot-password-minimum-duration=0), which would hide what it adds, with the per-username
limits out of the way (one user does every round) and behind a trusted proxy (server.forward-headers-strategy=
native): each round comes from an address of its own, as different people would. Prints figures; asserts
nothing.
"""
import http.client
import json
import re
import statistics
import sys
import time
import urllib.parse

CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


def connect(url):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


class Browser:
    """One person's browser: its cookies, the token of the last form it was shown and, when given, the address
    a proxy in front of the app reports for it (X-Forwarded-For)."""

    def __init__(self, app_url, address=None):
        self.connection = connect(app_url)
        self.cookies = {}
        self.csrf = None
        self.address = address

    def request(self, method, path, fields=None):
        status, location, _ = self.fetch(method, path, fields)
        return status, location

    def fetch(self, method, path, fields=None):
        """The answer's status, Location and body."""
        headers = {"Accept": "text/html"}
        if self.address:
            headers["X-Forwarded-For"] = self.address
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode({"_csrf": self.csrf, **fields})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        token = CSRF.search(text)
        if token:
            self.csrf = token.group(1)
        return response.status, response.getheader("Location"), text


def percentile(values, fraction):
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(len(values) * fraction) - 1))]


def timed(work):
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def expect(answer, location):
    status, where = answer
    if status != 302 or not where.endswith(location):
        raise SystemExit(f"the app answered {status} {where}, not a redirect to {location}")


def main():
    app_url, emulator_url, client_id, username, password = sys.argv[1:6]
    rounds = int(sys.argv[6]) if len(sys.argv) > 6 else 100
    # A flow runs much more code than a page view, at one request at a time: the JIT takes many rounds to settle.
    warmup = 3 * rounds
    emulator = connect(emulator_url)

    def cognito(operation, body):
        emulator.request("POST", "/", body=json.dumps(body), headers={
            "Content-Type": "application/x-amz-json-1.1",
            "X-Amz-Target": f"AWSCognitoIdentityProviderService.{operation}"})
        response = emulator.getresponse()
        answer = json.loads(response.read() or b"{}")
        if response.status != 200:
            raise SystemExit(f"{operation} answered {response.status}: {answer}")
        return answer

    def change_direct(old, new):
        tokens = cognito("InitiateAuth", {"ClientId": client_id, "AuthFlow": "USER_PASSWORD_AUTH",
                                          "AuthParameters": {"USERNAME": username, "PASSWORD": old}})
        access = tokens["AuthenticationResult"]["AccessToken"]
        cognito("ChangePassword", {"AccessToken": access, "PreviousPassword": old, "ProposedPassword": new})
        cognito("GlobalSignOut", {"AccessToken": access})

    other = password + "-b"
    results = {k: [] for k in ("page", "forgot-direct", "forgot-app", "change-direct", "change-app")}
    for i in range(warmup + rounds):
        # Each round is another person, from an address of their own.
        address = f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}"
        browser = Browser(app_url, address)
        page = timed(lambda: browser.request("GET", "/forgot-password"))
        sent = timed(lambda: expect(browser.request("POST", "/forgot-password", {"username": username}),
                                    "/confirm-code"))
        direct = timed(lambda: cognito("ForgotPassword", {"ClientId": client_id, "Username": username}))
        # Straight to the emulator from password to other, then back through the app.
        change_direct_ms = timed(lambda: change_direct(password, other))
        browser = Browser(app_url, address)
        browser.request("GET", "/change-password")
        changed = timed(lambda: expect(browser.request("POST", "/change-password", {
            "username": username, "currentPassword": other, "password": password, "confirmPassword": password}),
            "/done"))
        if i >= warmup:
            for key, value in (("page", page), ("forgot-app", sent), ("forgot-direct", direct),
                               ("change-direct", change_direct_ms), ("change-app", changed)):
                results[key].append(value)

    print(f"\nFlows, {rounds} rounds after {warmup} to warm up, one request at a time, app and emulator interleaved")
    rows = {}
    for key, label in (("page", "GET /forgot-password (app)"),
                       ("forgot-direct", "ForgotPassword (emulator)"),
                       ("forgot-app", "POST /forgot-password (app: ForgotPassword)"),
                       ("change-direct", "InitiateAuth+ChangePassword+GlobalSignOut"),
                       ("change-app", "POST /change-password (app: the same three)")):
        values = results[key]
        rows[key] = (statistics.median(values), percentile(values, 0.99))
        print(f"  {label:44} p50 {rows[key][0]:7.2f} ms   p99 {rows[key][1]:7.2f} ms")
    for flow in ("forgot", "change"):
        app, direct = rows[flow + "-app"], rows[flow + "-direct"]
        print(f"  the app adds to the {flow} round trip: p50 {app[0] - direct[0]:+.2f} ms, "
              f"p99 {app[1] - direct[1]:+.2f} ms")


if __name__ == "__main__":
    main()
