#!/usr/bin/env bash
# The benchmarks in one command (./mvnw -Pbenchmark verify runs it on the jar it packaged). Prints figures,
# asserts nothing:
#   1. page views of the entry pages beside the floor, a bare Spring Boot page, in one run (compare.sh of the
#      bench kit: req/s, p50/p99, CPU per request, RSS, time to the first 200);
#   2. the forgot-password and change-password flows through the app beside the same calls made straight
#      to the emulator (flows.py);
#   3. what a first and a repeat visit download (weight.py);
#   4. code requests for a known and an unknown username, with the response-time floor (timing.py);
#   5. two instances in the redis profile on one Redis: flows whose requests alternate between them, and what
#      Redis holds per open flow (fleet.py); then page views in the redis profile, with and without the proof
#      of work, beside the in-memory default (page_cost.py);
#   6. page views while 500 code requests wait out their response-time floor, and how many Cognito calls a
#      second got through the budget meanwhile (flood.sh);
#   7. the proof of work: time to solve each difficulty in headless Chromium, and what a client that does
#      not solve costs the app (proof_of_work.py);
#   8. pressure: a bot confirming made-up codes from fresh addresses beside a person asking for codes, and
#      people without JavaScript while every form asks for work (pressure.py).
#
#   bench/run.sh [JAR]
#
# Needs wrk (apt-get install wrk), moto_server (pip install 'moto[server]'), python3 and the bench kit with the
# floor (BENCH_KIT, by default the `shared/bench` directory beside this repository). PAGES, ROUNDS, WARMUP,
# DURATION, CONNS, THREADS and JAVA are passed to compare.sh; FLOW_ROUNDS (100) sets the flows' rounds;
# PARTS="pages flows fleet flood pow pressure" (the default) chooses what runs; fleet needs redis-server, pow chromium
# and chromium-driver.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
jar=${1:-$(ls "$repo"/target/cognito-self-service-password-*.jar | grep -v original | head -1)}
kit=${BENCH_KIT:-$repo/../shared/bench}
JAVA=${JAVA:-java}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }
command -v moto_server >/dev/null || { echo "moto_server is missing: pip install 'moto[server]'"; exit 1; }
[ -x "$kit/compare.sh" ] || { echo "no bench kit at $kit (compare.sh and floor/): set BENCH_KIT"; exit 1; }

# Every run of the app: a second product, and the management port off 8081 so that nothing else listening
# there stops a run.
app_options="-Dreset.products[0].client=shop -Dreset.products[0].name=Shop -Dreset.products[0].color=#1f7a4d -Dmanagement.server.port=18481"
# The second product and Arabic, besides the default product's pages.
read -r -a pages <<<"${PAGES:-/ /forgot-password /change-password /reset-required /forgot-password?client=shop /forgot-password?lang=ar}"

parts=${PARTS:-pages flows fleet flood pow pressure}
if [[ $parts == *pages* ]]; then
  echo "== Page views beside the floor ($(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
  APP_JAVA_OPTS="${APP_JAVA_OPTS:-} $app_options" "$kit/compare.sh" "$jar" "${pages[@]}"
fi
[[ $parts == *flows* || $parts == *fleet* || $parts == *flood* || $parts == *pow* || $parts == *pressure* ]] || exit 0

work=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
moto_port=18699 app_port=18480
moto_server -p "$moto_port" >"$work/moto.log" 2>&1 & pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$moto_port/" && break; sleep 0.1; done
read -r pool client < <(python3 - "$moto_port" <<'PY'
import sys, boto3
c = boto3.client("cognito-idp", region_name="us-east-1", endpoint_url=f"http://127.0.0.1:{sys.argv[1]}",
                 aws_access_key_id="none", aws_secret_access_key="none")
pool = c.create_user_pool(PoolName="bench", AutoVerifiedAttributes=["email"])["UserPool"]["Id"]
client = c.create_user_pool_client(UserPoolId=pool, ClientName="bench",
         ExplicitAuthFlows=["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"])["UserPoolClient"]["ClientId"]
c.admin_create_user(UserPoolId=pool, Username="alice", MessageAction="SUPPRESS",
                    UserAttributes=[{"Name": "email", "Value": "alice@example.com"},
                                    {"Name": "email_verified", "Value": "true"}])
c.admin_set_user_password(UserPoolId=pool, Username="alice", Password="Bench-Pass-1-Zq8#xw", Permanent=True)
print(pool, client)
PY
)
# The app on the emulator behind a trusted proxy (each simulated person comes from an address of their own), with
# the per-username limits out of the way (one user does every round), and the given settings besides.
start_app() {
  env SERVER_PORT=$app_port COGNITO_USER_POOL_ID="$pool" COGNITO_CLIENT_ID="$client" AWS_REGION=us-east-1 \
    COGNITO_ENDPOINT="http://127.0.0.1:$moto_port" AWS_ACCESS_KEY_ID=none AWS_SECRET_ACCESS_KEY=none \
    "$JAVA" $app_options "$@" -Dserver.forward-headers-strategy=native \
    -Dreset.limits.code-sends-per-username=1000000 -Dreset.limits.sign-ins-per-username=1000000 \
    -jar "$jar" >"$work/app.log" 2>&1 & app=$!; pids+=($app)
  until curl -s -o /dev/null -f "http://127.0.0.1:$app_port/"; do
    kill -0 "$app" 2>/dev/null || { echo "the app did not start:"; tail -20 "$work/app.log"; exit 1; }; sleep 0.1
  done
}
if [[ $parts == *flows* ]]; then
echo
echo "== Flows, page weight, code request timing"
# Without the response-time floor of code requests, which would hide what the app adds.
start_app -Dreset.forgot-password-minimum-duration=0
python3 "$repo/bench/flows.py" "http://127.0.0.1:$app_port" "http://127.0.0.1:$moto_port" "$client" alice \
  Bench-Pass-1-Zq8#xw "${FLOW_ROUNDS:-100}"
python3 "$repo/bench/weight.py" "http://127.0.0.1:$app_port" / /forgot-password "/forgot-password?client=shop"
kill "$app"; wait "$app" 2>/dev/null || true
start_app
python3 "$repo/bench/timing.py" "http://127.0.0.1:$app_port" alice 30
kill "$app"; wait "$app" 2>/dev/null || true
fi

if [[ $parts == *flood* ]]; then
  echo
  echo "== Page views during a flood of code requests"
  # The default budget and floor; per-address limits as shipped, each code request from an address of its own.
  start_app -Dreset.limits.code-sends-per-ip=1000000 -Dreset.limits.session-starts-per-ip=1000000
  "$repo/bench/flood.sh" "http://127.0.0.1:$app_port" "${FLOOD:-500}" 20 "http://127.0.0.1:18481"
  kill "$app"; wait "$app" 2>/dev/null || true
fi
if [[ $parts == *pow* ]]; then
  echo
  echo "== Proof of work"
  command -v chromedriver >/dev/null || { echo "chromedriver is missing: apt-get install chromium chromium-driver"; exit 1; }
  # Every form challenged, so that each code request without a solution is refused by it.
  start_app -Dreset.proof-of-work.from=0
  python3 "$repo/bench/proof_of_work.py" "http://127.0.0.1:$app_port" "$app" 15
  kill "$app"; wait "$app" 2>/dev/null || true
fi
if [[ $parts == *pressure* ]]; then
  echo
  echo "== A bot confirming made-up codes beside a person asking for codes"
  # The default budget; each attempt from an address of its own, so the per-address limits are out of reach.
  start_app -Dreset.limits.session-starts-per-ip=1000000 -Dreset.limits.code-sends-per-ip=1000000 \
    -Dreset.limits.confirms-per-ip=1000000
  python3 "$repo/bench/pressure.py" flood "http://127.0.0.1:$app_port" "${PRESSURE_SECONDS:-20}" 20
  kill "$app"; wait "$app" 2>/dev/null || true
  echo
  echo "== People without JavaScript while every form asks for work"
  start_app -Dreset.proof-of-work.from=0
  python3 "$repo/bench/pressure.py" no-js "http://127.0.0.1:$app_port" 10
  kill "$app"; wait "$app" 2>/dev/null || true
fi
[[ $parts == *fleet* ]] || exit 0

echo
echo "== Two instances on one Redis"
command -v redis-server >/dev/null || { echo "redis-server is missing: apt-get install redis-server"; exit 1; }
redis_port=18679
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >"$work/redis.log" 2>&1 & pids+=($!)
session_key=$(head -c 32 /dev/urandom | base64)
# Instances 0 and 1 share the flows; 2 is instance 0 without the proof of work, for the page views below.
# The flows left open start 16 at a time, past half the default budget of account-recovery calls a second,
# which would ask each for a proof of work: this part measures what Redis holds, so the budget is raised.
fleet=()
for i in 0 1 2; do
  env SPRING_PROFILES_ACTIVE=redis SPRING_DATA_REDIS_PORT=$redis_port RESET_SESSION_KEY="$session_key" \
    SERVER_PORT=$((18490 + i)) MANAGEMENT_SERVER_PORT=$((18495 + i)) COGNITO_USER_POOL_ID="$pool" \
    COGNITO_CLIENT_ID="$client" AWS_REGION=us-east-1 COGNITO_ENDPOINT="http://127.0.0.1:$moto_port" \
    AWS_ACCESS_KEY_ID=none AWS_SECRET_ACCESS_KEY=none RESET_COGNITO_BUDGET_ACCOUNT_RECOVERY=1000 \
    RESET_PROOF_OF_WORK_ENABLED=$([ $i = 2 ] && echo false || echo true) \
    "$JAVA" -Dserver.forward-headers-strategy=native -jar "$jar" >"$work/fleet-$i.log" 2>&1 & pids+=($!); fleet+=($!)
done
for port in 18490 18491 18492; do
  until curl -s -o /dev/null -f "http://127.0.0.1:$port/"; do sleep 0.2; done
done
python3 "$repo/bench/fleet.py" http://127.0.0.1:18490 http://127.0.0.1:18491 "http://127.0.0.1:$moto_port" "$pool" \
  "$redis_port" "${FLEET_FLOWS:-100}" "${FLEET_OPEN:-1000}"

echo
echo "== Page views in the redis profile beside the in-memory default"
# An entry page with a form reads its address's limit and the Cognito budget to decide on a challenge: in Redis
# that is a round trip each, which the instance without the proof of work does not make.
kill "${fleet[1]}"
start_app
python3 "$repo/bench/page_cost.py" "${DURATION:-15}" "in memory=http://127.0.0.1:$app_port=$app" \
  "redis=http://127.0.0.1:18490=${fleet[0]}" "redis, proof of work off=http://127.0.0.1:18492=${fleet[2]}" \
  -- / /forgot-password
