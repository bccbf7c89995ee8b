#!/usr/bin/env python3
"""What a first visit to a page downloads, as a browser asks for it (gzip accepted), and what a repeat visit
still has to fetch: every request with its bytes on the wire (status line, headers and body as sent).

    weight.py APP_URL PATH...

Subresources are those a browser fetches at once: stylesheets, scripts, images and icons that are not data: URLs.
A response with max-age of a day or more, or immutable, is not fetched again on a repeat visit. Prints figures.
"""
import http.client
import re
import sys
import urllib.parse

app = urllib.parse.urlsplit(sys.argv[1])
LINKS = re.compile(r'<(?:link[^>]*rel="(?:stylesheet|icon)"[^>]*href|script[^>]*src|img[^>]*src)="([^"]+)"')


def fetch(path):
    connection = http.client.HTTPConnection(app.hostname, app.port, timeout=30)
    connection.request("GET", path, headers={"Accept": "text/html,*/*", "Accept-Encoding": "gzip, deflate, br",
                                             "User-Agent": "Mozilla/5.0 (weight.py)"})
    response = connection.getresponse()
    body = response.read()
    head = len(f"HTTP/1.1 {response.status} {response.reason}\r\n") + sum(
        len(f"{k}: {v}\r\n") for k, v in response.getheaders()) + 2
    return response, head, body


def kept(response):
    cache = (response.getheader("Cache-Control") or "").lower()
    age = re.search(r"max-age=(\d+)", cache)
    return "immutable" in cache or (age is not None and int(age.group(1)) >= 86400)


for path in sys.argv[2:]:
    document, head, body = fetch(path)
    html = body.decode("utf-8", "replace") if document.getheader("Content-Encoding") is None else ""
    if not html:
        import gzip
        html = gzip.decompress(body).decode()
    rows = [(path, document, head, len(body))]
    third_party = 0
    for url in dict.fromkeys(LINKS.findall(html)):
        if url.startswith("data:"):
            continue
        target = urllib.parse.urlsplit(url)
        if target.netloc and target.netloc != app.netloc:
            third_party += 1
            continue
        response, h, b = fetch(url)
        rows.append((url, response, h, len(b)))
    print(f"\nFirst visit to {path}")
    for url, response, h, b in rows:
        print(f"  {response.status} {url[:60]:60} {h + b:7d} B  (headers {h:5d}, body {b:6d} "
              f"{response.getheader('Content-Encoding') or 'identity':8})  {response.getheader('Cache-Control') or '-'}")
    first = sum(h + b for _, _, h, b in rows)
    repeat = [(u, r, h, b) for u, r, h, b in rows if u == path or not kept(r)]
    print(f"  first visit: {len(rows)} requests, {first / 1024:.1f} KB on the wire, {third_party} third-party")
    print(f"  repeat visit: {len(repeat)} requests, {sum(h + b for _, _, h, b in repeat) / 1024:.1f} KB")
