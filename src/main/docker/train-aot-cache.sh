#!/usr/bin/env bash
# One training run for the JVM's AOT cache (JDK 25): the app starts with placeholder settings, serves each entry
# page a few times and stops; the JVM then writes what it loaded, linked and profiled to the cache file, and
# later starts from there. No network is needed: Cognito is never reached while pages are only viewed.
#   train-aot-cache.sh APP_JAR CACHE_FILE [JAVA_OPTION...]
set -euo pipefail
jar=$1 cache=$2; shift 2
port=18080
COGNITO_USER_POOL_ID=us-east-1_Training0 COGNITO_CLIENT_ID=training AWS_REGION=us-east-1 \
  COGNITO_ENDPOINT=http://127.0.0.1:9 SERVER_PORT=$port MANAGEMENT_SERVER_PORT=18081 \
  java "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" &
app=$!

get() (  # bash alone, so the runtime image needs no HTTP client
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nAccept-Language: %s\r\nConnection: close\r\n\r\n' \
    "$1" "${2:-en}" >&3
  IFS= read -r status <&3
  cat <&3 >/dev/null
  [[ $status == *" 200 "* || $status == *" 200"$'\r' ]]
)

for _ in $(seq 1 600); do get / 2>/dev/null && break; kill -0 "$app" || exit 1; sleep 0.1; done
for _ in 1 2 3 4 5; do
  for page in / /forgot-password /change-password /reset-required '/forgot-password?lang=ar'; do get "$page"; done
  get /forgot-password de
done
kill "$app"
wait "$app" || true
test -s "$cache"
