#!/usr/bin/env bash
# Database outage run (issue 16), bounded to about two minutes: starts the packaged site
# with a fresh embedded PostgreSQL in a temporary folder (demo content), keeps one page in
# its cache, then, under load (wrk -t2 -c16 on a kept page and on searches never asked
# before, which cannot be kept, and new addresses of /treaties), stops PostgreSQL for 20 s
# and starts it again (as the site started it). Prints per phase the answers by status
# (for searches: how many failed, a 503 counting as failed) and the slowest request:
# during the outage the kept page should answer 200 and the rest 503 within 1.5 s, after
# it everything 200 again.
# Settings (environment): BENCH_JAVA_OPTS (JVM options), BENCH_APP_ARGS (more --name=value
# arguments for the site).
# Needs: a JDK 17+, wrk and curl. It only ever sends requests to 127.0.0.1.
set -euo pipefail

cd "$(dirname "$0")/.."
HOST=127.0.0.1
for tool in java wrk curl; do
	command -v "$tool" >/dev/null || { echo "bench/db-outage.sh needs $tool" >&2; exit 2; }
done
JAR=$(ls target/treaty-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [[ -z $JAR ]]; then
	./mvnw -q -B package -DskipTests
	JAR=$(ls target/treaty-portal-*.jar | grep -v -- '-plain' | head -n 1)
fi
free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$(( 20000 + RANDOM % 30000 ))
		if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then echo "$port"; return; fi
	done
	echo "no free port found" >&2; exit 1
}
WORK=$(mktemp -d /tmp/treaty-portal-outage.XXXXXX)
APP_PID=
PG_PID=
cleanup() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	# A PostgreSQL this script started again belongs to no site: stop it.
	if [[ -n $PG_PID ]] && kill -0 "$PG_PID" 2>/dev/null; then kill -INT "$PG_PID" 2>/dev/null || true; fi
	sleep 1
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

HTTP_PORT=$(free_port)
PG_PORT=$(free_port)
BASE="http://$HOST:$HTTP_PORT"
echo "== starting $JAR on $BASE (PostgreSQL on $HOST:$PG_PORT)"
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.address=$HOST --server.port="$HTTP_PORT" \
	--portal.embedded-database.data-dir="$WORK/postgres" --portal.embedded-database.port="$PG_PORT" \
	${BENCH_APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
	curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && break
	if ! kill -0 "$APP_PID" 2>/dev/null || (( i == 180 )); then
		echo "the site did not start; its log:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
	fi
	sleep 1
done
# The postmaster: the process that holds the data folder's postmaster.pid.
PG_PID=$(head -n 1 "$(find "$WORK/postgres" -name postmaster.pid | head -n 1)")
mapfile -d '' PG_COMMAND < "/proc/$PG_PID/cmdline"
# As root the site runs PostgreSQL in a user namespace (README, "Running as root"): so here.
if [[ $(id -u) == 0 ]]; then
	PG_COMMAND=(unshare -U "${PG_COMMAND[@]}")
fi
echo "   PostgreSQL runs as process $PG_PID: ${PG_COMMAND[*]}"

KEPT=/news
curl -s -o /dev/null "$BASE$KEPT"
phase() { # label seconds
	local label=$1 seconds=$2 kept others searches
	wrk -t2 -c16 -d"${seconds}s" --timeout 5s -s bench/statuses.lua "$BASE$KEPT" > "$WORK/kept.out" &
	local kept_pid=$!
	wrk -t2 -c16 -d"${seconds}s" --timeout 5s -s bench/search-distinct.lua "$BASE" > "$WORK/search.out" &
	local search_pid=$!
	wrk -t1 -c4 -d"${seconds}s" --timeout 5s -s bench/statuses.lua "$BASE/treaties" -- unique > "$WORK/others.out"
	wait "$kept_pid" "$search_pid" || true
	kept=$(grep '^BENCH' "$WORK/kept.out" || echo "BENCH no result")
	others=$(grep '^BENCH' "$WORK/others.out" || echo "BENCH no result")
	searches=$(grep '^BENCH' "$WORK/search.out" || echo "BENCH no result")
	printf '   %-22s kept page %s: %s\n' "$label" "$KEPT" "${kept#BENCH }"
	printf '   %-22s not kept /treaties?n=...: %s\n' "" "${others#BENCH }"
	printf '   %-22s searches never asked: %s\n' "" "${searches#BENCH }"
}

echo "== 10 s with the database up"
phase "before" 10
echo "== stopping PostgreSQL (fast shutdown) for 20 s"
kill -INT "$PG_PID"
for _ in $(seq 1 50); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
health=$(curl -s -o /dev/null -m 10 -w '%{http_code} in %{time_total} s' "$BASE/actuator/health" || true)
echo "   /actuator/health: $health"
phase "database down" 19
echo "== starting PostgreSQL again"
(cd "$WORK" && setsid "${PG_COMMAND[@]}" >"$WORK/postgres-again.log" 2>&1 &)
for _ in $(seq 1 100); do
	PG_PID=$(head -n 1 "$(find "$WORK/postgres" -name postmaster.pid | head -n 1)" 2>/dev/null || true)
	[[ -n $PG_PID ]] && curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null && break
	sleep 0.2
done
echo "   /actuator/health: $(curl -s -o /dev/null -m 10 -w '%{http_code} in %{time_total} s' "$BASE/actuator/health")"
curl -fsS -o /dev/null "$BASE/actuator/health" || { echo "PostgreSQL did not come back:"; tail -n 5 "$WORK/postgres-again.log"; }
phase "after recovery" 10
echo
echo "== $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
