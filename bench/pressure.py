#!/usr/bin/env python3
"""What an attack on the account-recovery budget leaves for people, measured. Prints figures, asserts nothing.

  pressure.py flood APP_URL [SECONDS] [ATTEMPTS_PER_SECOND]
  pressure.py no-js APP_URL [PEOPLE]

flood: a bot confirms made-up codes for a known username, each attempt from a fresh address (a flow opened on
  /reset-required, which costs Cognito nothing, then the confirm form), and never solves a proof of work; beside
  it a person asks for a code once a second from an address of their own, solving a challenge when the page
  carries one. Prints how the bot's attempts ended and how many of the person's code requests were sent or
  answered "Many people are doing this right now". The app should run with the default budget and the
  per-address limits out of reach (each attempt comes from an address of its own).
no-js: people without JavaScript ask for a code while every form asks for work (the app run with
  reset.proof-of-work.from=0, the pressure of an attack that lasts): each sends the form, waits as long as the
  page says and sends it again, for up to a minute, as a patient person would. Prints how many got their code
  sent and how long it took them.
"""
import hashlib
import html
import json
import os
import re
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from flows import Browser  # noqa: E402

CHALLENGE = re.compile(r'data-challenge="([^"]+)"')
TICKET = re.compile(r'name="wait" value="([^"]+)"')
WAIT = re.compile(r"please wait (\d+) s")
addresses = iter(f"10.{a}.{b}.{c}" for a in range(20, 250) for b in range(256) for c in range(1, 255))
lock = threading.Lock()


def fresh_address():
    with lock:
        return next(addresses)


def page(browser, method, path, fields=None):
    status, _, text = browser.fetch(method, path, fields)
    return status, text


def solve(text):
    """The solution of the page's first challenge, as a bot that solves natively would find it."""
    found = CHALLENGE.search(text)
    if not found:
        return None
    challenge = json.loads(html.unescape(found.group(1)))
    for number in range(challenge["maxnumber"] + 1):
        if hashlib.sha256((challenge["salt"] + str(number)).encode()).hexdigest() == challenge["challenge"]:
            solution = {"algorithm": "SHA-256", "challenge": challenge["challenge"], "number": number,
                        "salt": challenge["salt"], "signature": challenge["signature"]}
            import base64
            return base64.b64encode(json.dumps(solution).encode()).decode()
    return None


def outcome(status, text):
    if status in (200, 302, 303):
        return "sent"
    if "Many people are doing this right now" in text:
        return "busy (budget)"
    if status == 429 and "needs to do a moment of work" in text:
        return "asked for work"
    if "could not be accepted" in text:
        return "solution not accepted (pressure rose)"
    if status == 400:
        return "reached Cognito, wrong code"
    return f"other {status}"


def flood(app, seconds, rate):
    bot, person, stop = {}, {}, time.monotonic() + seconds

    def attempt():
        browser = Browser(app, fresh_address())
        try:
            page(browser, "GET", "/reset-required")
            status, _ = page(browser, "POST", "/reset-required", {"username": "alice"})
            if status != 302:
                key = f"flow start refused {status}"
            else:
                page(browser, "GET", "/confirm-code")
                # moto accepts any code but one of its own form that differs from the one it sent, which it
                # answers as AWS answers a wrong code (ExpiredCodeException): a Cognito call, nothing changed.
                status, text = page(browser, "POST", "/confirm-code", {"code": "moto-confirmation-code:000000",
                                    "password": "Bench-New-1-Zq8#xw", "confirmPassword": "Bench-New-1-Zq8#xw"})
                key = outcome(status, text)
        except OSError as failure:
            key = type(failure).__name__
        with lock:
            bot[key] = bot.get(key, 0) + 1

    def someone():
        while time.monotonic() < stop:
            started = time.monotonic()
            browser = Browser(app, fresh_address())
            _, form = page(browser, "GET", "/forgot-password")
            fields = {"username": "alice"}
            solution = solve(form)
            if solution:
                fields["altcha"] = solution
            status, text = page(browser, "POST", "/forgot-password", fields)
            if status == 429 and "needs to do a moment of work" in text and solve(text):
                fields["altcha"] = solve(text)
                status, text = page(browser, "POST", "/forgot-password", fields)
            key = outcome(status, text)
            with lock:
                person[key] = person.get(key, 0) + 1
            time.sleep(max(0.0, 1.0 - (time.monotonic() - started)))

    helper = threading.Thread(target=someone)
    helper.start()
    threads = []
    while time.monotonic() < stop:
        tick = time.monotonic()
        for _ in range(rate):
            thread = threading.Thread(target=attempt)
            thread.start()
            threads.append(thread)
        time.sleep(max(0.0, 1.0 - (time.monotonic() - tick)))
    for thread in threads:
        thread.join()
    helper.join()
    print(f"  bot: {sum(bot.values())} confirm attempts in {seconds} s, {rate} a second, none solved:")
    for key, count in sorted(bot.items()):
        print(f"    {key:32} {count}")
    print(f"  a person asking for a code once a second: {sum(person.values())} requests")
    for key, count in sorted(person.items()):
        print(f"    {key:32} {count}")


def no_js(app, people):
    results = []

    def person():
        browser = Browser(app, fresh_address())
        started = time.monotonic()
        page(browser, "GET", "/forgot-password")
        fields = {"username": "alice"}
        tries = 0
        while time.monotonic() - started < 60:
            tries += 1
            status, text = page(browser, "POST", "/forgot-password", fields)
            if status == 302:
                results.append((True, time.monotonic() - started, tries))
                return
            ticket, wait = TICKET.search(text), WAIT.search(text)
            if ticket and wait:
                fields["wait"] = html.unescape(ticket.group(1))
                time.sleep(int(wait.group(1)) + 0.2)
            else:
                retry = re.search(r"try again in (\d+)", text)
                time.sleep(int(retry.group(1)) if retry else 1)
        results.append((False, time.monotonic() - started, tries))

    threads = [threading.Thread(target=person) for _ in range(people)]
    for index, thread in enumerate(threads):
        thread.start()
        time.sleep(0.5)
    for thread in threads:
        thread.join()
    through = sorted(took for ok, took, _ in results if ok)
    tries = sum(count for _, _, count in results)
    print(f"  {people} people without JavaScript, every form asking for work: {len(through)} got their code "
          f"within a minute; {tries} form sends in all, {tries - len(through)} of them refused")
    if through:
        print(f"  time to a sent code: median {through[len(through) // 2]:.1f} s, longest {through[-1]:.1f} s")


if __name__ == "__main__":
    if sys.argv[1] == "flood":
        flood(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20, int(sys.argv[4]) if len(sys.argv) > 4 else 20)
    else:
        no_js(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 10)
