#!/usr/bin/env python3
"""Times the forgot-password and change-password flows through the app beside the same Cognito calls made
straight to the emulator, interleaved in one run, and prints what the app adds to the Cognito round trip.

    flows.py APP_URL EMULATOR_URL CLIENT_ID USERNAME PASSWORD [ROUNDS]

The user must exist with a verified email and PASSWORD. Prints figures; asserts nothing.
"""
import http.client
import json
import re
import statistics
import sys
import time
import urllib.parse

app_url, emulator_url, client_id, username, password = sys.argv[1:6]
rounds = int(sys.argv[6]) if len(sys.argv) > 6 else 100
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


def connect(url):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)


class Browser:
    """One person's browser: its cookies and the token of the last form it was shown."""

    def __init__(self):
        self.connection = connect(app_url)
        self.cookies = {}
        self.csrf = None

    def request(self, method, path, fields=None):
        headers = {"Accept": "text/html"}
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
        return response.status, response.getheader("Location")


def cognito(connection, operation, body):
    connection.request("POST", "/", body=json.dumps(body), headers={
        "Content-Type": "application/x-amz-json-1.1",
        "X-Amz-Target": f"AWSCognitoIdentityProviderService.{operation}"})
    response = connection.getresponse()
    answer = json.loads(response.read() or b"{}")
    if response.status != 200:
        raise SystemExit(f"{operation} answered {response.status}: {answer}")
    return answer


def timed(work):
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def summary(name, values):
    values = sorted(values)
    p99 = values[min(len(values) - 1, round(len(values) * 0.99) - 1)]
    return statistics.median(values), p99, f"{name:44} p50 {statistics.median(values):7.2f} ms   p99 {p99:7.2f} ms"


emulator = connect(emulator_url)
passwords = [password, password + "-b"]
results = {k: [] for k in ("forgot-direct", "forgot-app", "change-direct", "change-app", "page-app")}


def forgot_direct():
    cognito(emulator, "ForgotPassword", {"ClientId": client_id, "Username": username})


def change_direct(old, new):
    tokens = cognito(emulator, "InitiateAuth", {"ClientId": client_id, "AuthFlow": "USER_PASSWORD_AUTH",
                                                 "AuthParameters": {"USERNAME": username, "PASSWORD": old}})
    access = tokens["AuthenticationResult"]["AccessToken"]
    cognito(emulator, "ChangePassword", {"AccessToken": access, "PreviousPassword": old, "ProposedPassword": new})
    cognito(emulator, "GlobalSignOut", {"AccessToken": access})


def expect(answer, location):
    status, where = answer
    if status != 302 or not where.endswith(location):
        raise SystemExit(f"the app answered {status} {where}, not a redirect to {location}")


current = 0
for i in range(rounds + 5):
    keep = i >= 5  # the first rounds warm up both sides
    browser = Browser()
    page = timed(lambda: browser.request("GET", "/forgot-password"))
    sent = timed(lambda: expect(browser.request("POST", "/forgot-password", {"username": username}),
                                "/confirm-code"))
    direct = timed(forgot_direct)
    old, new = passwords[current], passwords[1 - current]
    change_to_new = timed(lambda: change_direct(old, new))
    browser = Browser()
    browser.request("GET", "/change-password")
    changed = timed(lambda: expect(browser.request("POST", "/change-password", {
        "username": username, "currentPassword": new, "password": old, "confirmPassword": old}), "/done"))
    if keep:
        results["page-app"].append(page)
        results["forgot-app"].append(sent)
        results["forgot-direct"].append(direct)
        results["change-direct"].append(change_to_new)
        results["change-app"].append(changed)

print(f"\nFlows, {rounds} rounds, one at a time, app and emulator interleaved")
rows = {}
for name, label in (("page-app", "GET /forgot-password (app)"),
                    ("forgot-direct", "ForgotPassword (emulator)"),
                    ("forgot-app", "POST /forgot-password (app: ForgotPassword)"),
                    ("change-direct", "InitiateAuth+ChangePassword+GlobalSignOut"),
                    ("change-app", "POST /change-password (app: the same three)")):
    median, p99, line = summary(label, results[name])
    rows[name] = (median, p99)
    print("  " + line)
for flow in ("forgot", "change"):
    print(f"  the app adds to the {flow} round trip: p50 {rows[flow + '-app'][0] - rows[flow + '-direct'][0]:+.2f} ms,"
          f" p99 {rows[flow + '-app'][1] - rows[flow + '-direct'][1]:+.2f} ms")
