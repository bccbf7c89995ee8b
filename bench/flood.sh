#!/usr/bin/env bash
# Page views while a flood of code requests waits out its response-time floor: wrk fires FLOOD (500) code
# requests at once, over and over, each from an address of its own, while a second wrk measures GET
# /forgot-password. Prints the page views' latency and what the flood got through. Asserts nothing.
#
#   bench/flood.sh APP_URL [FLOOD] [SECONDS] [MANAGEMENT_URL]
#
# The app should trust X-Forwarded-For (server.forward-headers-strategy=native) so that each code request
# counts against an address of its own. With MANAGEMENT_URL it also prints how many ForgotPassword calls a
# second reached Cognito, and how many the budget refused (from /actuator/prometheus).
set -euo pipefail
app=${1:?APP_URL}
flood=${2:-500}
seconds=${3:-20}
management=${4:-}
calls() {
  [ -n "$management" ] || { echo 0; return; }
  curl -s "$management/actuator/prometheus" | awk -v outcome="$1" \
    '/^reset_cognito_calls_seconds_count\{/ && /operation="ForgotPassword"/ && $0 ~ "outcome=\"" outcome "\"" {n += $2} END {print n + 0}'
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One form token without a session: good for every code request that has no session yet.
curl -s -c "$work/jar" "$app/forgot-password" >"$work/page.html"
token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/page.html" | head -1 | sed 's/.*value="//; s/"$//')
cookie=$(awk '$6 ~ /XSRF-TOKEN/ {print $6 "=" $7}' "$work/jar")
cat >"$work/code-requests.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  local headers = {}
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Cookie"] = "$cookie"
  headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", (n / 65536) % 256, (n / 256) % 256, n % 256)
  return wrk.format("POST", "/forgot-password", headers, "_csrf=$token&username=flood-" .. n)
end
LUA

sent_before=$(calls ok); refused_before=$(calls over-budget); started=$(date +%s.%N)
wrk -t2 -c"$flood" -d"$((seconds + 5))s" --timeout 30s -s "$work/code-requests.lua" "$app" >"$work/flood.txt" 2>&1 &
flooding=$!
sleep 3
echo "page views of /forgot-password during a flood of $flood code requests:"
wrk -t1 -c10 -d"${seconds}s" --latency "$app/forgot-password" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
wait "$flooding" || true
elapsed=$(echo "$(date +%s.%N) - $started" | bc)
echo "the flood itself:"
grep -E "Requests/sec|Latency|Non-2xx|Socket errors" "$work/flood.txt"
if [ -n "$management" ]; then
  sent=$(( $(calls ok) - sent_before )); refused=$(( $(calls over-budget) - refused_before ))
  printf 'ForgotPassword calls that reached Cognito: %d in %.1f s (%.1f a second); refused by the budget: %d\n' \
    "$sent" "$elapsed" "$(echo "$sent / $elapsed" | bc -l)" "$refused"
fi
