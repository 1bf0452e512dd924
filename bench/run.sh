#!/usr/bin/env bash
# Volume benchmark (issue 6): starts the packaged site on 127.0.0.1 with a fresh embedded
# PostgreSQL in a temporary folder, fills it with bench/generate.sql, warms up, and runs
# wrk (-t2 -c32, at most 30 s a run) against search and the main pages; prints requests/s
# and latency percentiles per target, stops the site and removes the folder.
#
#   bench/run.sh                   # everything, about 11 minutes
#   BENCH_ITEMS=100000 bench/run.sh # the same with 100,000 news items (generating takes minutes)
#   BENCH_ONLY=search bench/run.sh # only the search mix (and the per-query runs)
#   BENCH_ONLY=search BENCH_APP_ARGS=--portal.search.cached-results=0 bench/run.sh
#                                  # search with its results cache off: every request
#                                  # ranks all matches in PostgreSQL
#
# Each page is measured as a ratio to a small static file served by the same site (the
# hashed favicon), measured before the searches and again after the pages: the ratio is
# to the mean of both runs, since one run of it varies by a third from run to run. 1.0
# means a page costs no more than a file from memory. Requests say
# "Accept-Encoding: gzip" as browsers do (BENCH_GZIP=0 leaves it out).
# Settings (environment): BENCH_ITEMS (news items and press releases generated; default
# 10000), BENCH_DURATION (seconds per wrk run, at most 30; default 30),
# BENCH_WARMUP (seconds of search load before measuring, so that the JIT compiler has
# done its work, at most 180; default 180), BENCH_CONNECTIONS (default 32),
# BENCH_PER_QUERY (seconds per query in the per-query runs, 0 to skip; default 4),
# BENCH_ONLY (search|pages), BENCH_JAVA_OPTS (JVM options),
# BENCH_COLD (rounds of a content change and one request of every page, 0 to skip; default 20),
# BENCH_APP_ARGS (more --name=value arguments for the site), BENCH_KEEP=1 (keep the site
# running after the runs until Enter is pressed, for EXPLAIN in psql).
# Needs: a JDK 17+, psql and wrk. It only ever sends requests to 127.0.0.1.
set -euo pipefail

cd "$(dirname "$0")/.."
HOST=127.0.0.1
DURATION=${BENCH_DURATION:-30}
WARMUP=${BENCH_WARMUP:-180}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PER_QUERY=${BENCH_PER_QUERY:-4}
COLD=${BENCH_COLD:-20}
ONLY=${BENCH_ONLY:-}
ITEMS=${BENCH_ITEMS:-10000}
GZIP_HEADER=()
[[ ${BENCH_GZIP:-1} == 0 ]] || GZIP_HEADER=(-H "Accept-Encoding: gzip")
if ! [[ $ITEMS =~ ^[0-9]+$ ]] || (( ITEMS < 1 || ITEMS > 1000000 )); then
	echo "BENCH_ITEMS must be 1 to 1000000" >&2; exit 2
fi
if ! [[ $DURATION =~ ^[0-9]+$ ]] || (( DURATION < 1 || DURATION > 30 )); then
	echo "BENCH_DURATION must be 1 to 30 seconds" >&2; exit 2
fi
if ! [[ $WARMUP =~ ^[0-9]+$ ]] || (( WARMUP > 180 )); then
	echo "BENCH_WARMUP must be 0 to 180 seconds" >&2; exit 2
fi
if ! [[ $PER_QUERY =~ ^[0-9]+$ ]] || (( PER_QUERY > 30 )); then
	echo "BENCH_PER_QUERY must be 0 to 30 seconds" >&2; exit 2
fi
if ! [[ $COLD =~ ^[0-9]+$ ]] || (( COLD > 100 )); then
	echo "BENCH_COLD must be 0 to 100" >&2; exit 2
fi
if ! [[ $CONNECTIONS =~ ^[0-9]+$ ]] || (( CONNECTIONS < 1 || CONNECTIONS > 256 )); then
	echo "BENCH_CONNECTIONS must be 1 to 256" >&2; exit 2
fi
for tool in java psql wrk curl; do
	command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 2; }
done

JAR=$(ls target/treaty-portal-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [[ -z $JAR ]]; then
	echo "== building the jar"
	./mvnw -q -B package -DskipTests
	JAR=$(ls target/treaty-portal-*.jar | grep -v -- '-plain' | head -n 1)
fi

free_port() {
	local port
	for _ in $(seq 1 50); do
		port=$(( 20000 + RANDOM % 30000 ))
		if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
			echo "$port"; return
		fi
	done
	echo "no free port found" >&2; exit 1
}

WORK=$(mktemp -d /tmp/treaty-portal-bench.XXXXXX)
APP_PID=
cleanup() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -9 "$APP_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

HTTP_PORT=$(free_port)
PG_PORT=$(free_port)
BASE="http://$HOST:$HTTP_PORT"
PSQL=(psql -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1)

echo "== starting $JAR on $BASE (PostgreSQL on $HOST:$PG_PORT, data in $WORK)"
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.address=$HOST --server.port="$HTTP_PORT" \
	--portal.embedded-database.data-dir="$WORK/postgres" --portal.embedded-database.port="$PG_PORT" \
	--portal.demo-content=false ${BENCH_APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
	if curl -fsS -o /dev/null "$BASE/actuator/health" 2>/dev/null; then break; fi
	if ! kill -0 "$APP_PID" 2>/dev/null || (( i == 180 )); then
		echo "the site did not start; its log:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1
	fi
	sleep 1
done

# The embedded PostgreSQL asks for the password it generated into its folder.
PGPASSWORD=$(cat "$WORK/postgres/database-password")
export PGPASSWORD

echo "== generating data"
start=$(date +%s)
"${PSQL[@]}" -v items="$ITEMS" -f bench/generate.sql
echo "   (took $(( $(date +%s) - start )) s)"

NEWS_SLUG=$("${PSQL[@]}" -At -c "select slug from article where kind = 'NEWS' and state = 'PUBLISHED'
	and publish_at <= now() and slug like 'bench-%' order by publish_at desc limit 1")
PROFILE=$("${PSQL[@]}" -At -c "select lower(c.code) from country_profile p join country c on c.id = p.country_id order by c.code limit 1")
PAGES=("/" "/news" "/news?page=2" "/news/$NEWS_SLUG" "/events" "/treaties/185/chart" "/countries"
	"/countries/$PROFILE" "/feeds/news.atom" "/fr/" "/fr/news/$NEWS_SLUG" "/fr/treaties/185/chart")
# The baseline: the smallest static file, at the address pages link it by.
STATIC=$(curl -s "$BASE/" | grep -o '/images/favicon[.0-9a-f]*\.svg' | head -n 1)
STATIC=${STATIC:-/images/favicon.svg}
for page in "${PAGES[@]}" "$STATIC"; do
	status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$page")
	[[ $status == 200 ]] || { echo "$page answers $status, not 200" >&2; exit 1; }
done

# wrk, bounded: at most 30 s, requests time out after 5 s. Prints the report.lua line.
run_wrk() { # seconds script-args...
	local seconds=$1; shift
	wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s --latency "${GZIP_HEADER[@]}" "$@" | grep '^BENCH' || true
}
# After a run the site may still work off requests that wrk gave up on: wait (at most
# 20 s) until it answers promptly again, so that one run does not slow the next.
settle() {
	for _ in $(seq 1 20); do
		t=$(curl -s -o /dev/null -m 10 -w '%{time_total}' "$BASE/actuator/health" || echo 10)
		awk -v t="$t" 'BEGIN { exit !(t < 0.5) }' && return
		sleep 1
	done
}
RESULTS=()
BASELINE=
# "ratio" is a page's requests/s over the static file's (the mean of its runs).
ratio() { # line
	local rps=${1#*rps=}
	rps=${rps%% *}
	if [[ -n $BASELINE && -n $rps ]]; then
		awk -v r="$rps" -v b="$BASELINE" 'BEGIN { if (b > 0) printf " ratio=%.2f", r / b }'
	fi
}
# Measuring stays under 12 minutes (generating the data comes on top: minutes at
# 100,000 items): runs that would end after 11:30 of it are skipped.
measure() { # label seconds wrk-args...
	local label=$1; shift
	local line
	if (( SECONDS + $1 + 20 > 690 )); then
		RESULTS+=("$(printf '%-32s skipped: measuring would take more than 12 minutes' "$label")")
		return
	fi
	settle
	line=$(run_wrk "$@")
	line=${line#BENCH }
	RESULTS+=("$(printf '%-32s %s' "$label" "$line")")
	printf '   %-32s %s\n' "$label" "$line"
}

SECONDS=0
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== warming up for ${WARMUP}s (JIT, caches)"
# Half of it repeated searches, half searches never asked (word triples, so that the word
# pairs measured below are still new): both paths are compiled before they are measured.
# The last part is the repeated mix, measured first.
chunks=$(( (WARMUP + 29) / 30 )) warm=0
for (( left = WARMUP; left > 0; left -= 30 )); do
	if (( (chunks - warm++) % 2 == 1 )); then
		run_wrk $(( left < 30 ? left : 30 )) -s bench/search.lua "$BASE" >/dev/null
	else
		run_wrk $(( left < 30 ? left : 30 )) -s bench/search-distinct.lua "$BASE" -- triples >/dev/null
	fi
done
if [[ $ONLY != search ]]; then
	for page in "${PAGES[@]}"; do run_wrk 3 -s bench/report.lua "$BASE$page" >/dev/null; done
fi

# Cold renders (issue 16): the first request of each page just after a publish, when the
# page cache has nothing of the new generation. Each round moves the content generation
# once (as a commit to a watched table does, migration V70) without changing what any page
# shows, then asks every page once, in the list's order, one request at a time, as
# visitors would: what pages share (per generation) is computed by the first that needs
# it. Two rounds first warm the rendering code up; then BENCH_COLD rounds, stopping
# after 120 s or at the 12-minute bound; prints each page's median, p90 and max in ms.
page_label() { # path
	case $1 in
		/news/bench-*) echo "/news/{a news item}" ;;
		/fr/news/bench-*) echo "/fr/news/{a news item}" ;;
		"/countries/$PROFILE") echo "/countries/{a profile}" ;;
		*) echo "$1" ;;
	esac
}
if [[ $ONLY != search ]] && (( COLD > 0 )); then
	echo "== cold renders: $COLD rounds of a content change and the first request of every page"
	declare -A COLD_TIMES=()
	cold_started=$SECONDS
	for (( round = -2; round < COLD; round++ )); do
		(( SECONDS + 20 <= 690 && SECONDS - cold_started < 120 )) || break
		"${PSQL[@]}" -c "update content_generation set value = value + 1"
		for page in "${PAGES[@]}"; do
			t=$(curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}' "${GZIP_HEADER[@]}" "$BASE$page" \
				|| echo "000 10")
			[[ $t == 200\ * ]] || { echo "   cold $page answered ${t% *}" >&2; continue; }
			(( round < 0 )) || COLD_TIMES[$page]+="$(awk -v t="${t#* }" 'BEGIN { printf "%.1f", t * 1000 }') "
		done
	done
	for page in "${PAGES[@]}"; do
		label="cold $(page_label "$page")"
		if [[ -z ${COLD_TIMES[$page]:-} ]]; then
			RESULTS+=("$(printf '%-32s skipped: no time left, or no answer 200' "$label")")
			continue
		fi
		# shellcheck disable=SC2086
		line=$(printf '%s\n' ${COLD_TIMES[$page]} | sort -n | awk '{ t[NR] = $1 } END {
			printf "first requests=%d median=%.1f p90=%.1f max=%.1f", NR, t[int((NR + 1) / 2)],
				t[int((NR * 9 + 9) / 10)], t[NR] }')
		RESULTS+=("$(printf '%-32s %s' "$label" "$line")")
		printf '   %-32s %s\n' "$label" "$line"
	done
fi

echo "== wrk -t2 -c$CONNECTIONS -d${DURATION}s"
measure "$STATIC (baseline)" "$DURATION" -s bench/report.lua "$BASE$STATIC"
if [[ $ONLY != pages ]]; then
	measure "search (repeated: 14 queries)" "$DURATION" -s bench/search.lua "$BASE"
	measure "search (distinct word pairs)" "$DURATION" -s bench/search-distinct.lua "$BASE"
fi
if [[ $ONLY != search ]]; then
	for page in "${PAGES[@]}"; do
		label=$page
		[[ $page == /news/bench-* ]] && label="/news/{a news item}"
		[[ $page == /fr/news/bench-* ]] && label="/fr/news/{a news item}"
		[[ $page == "/countries/$PROFILE" ]] && label="/countries/{a profile}"
		measure "$label" "$DURATION" -s bench/report.lua "$BASE$page"
	done
fi
measure "$STATIC (baseline again)" "$DURATION" -s bench/report.lua "$BASE$STATIC"
BASELINE=$(printf '%s\n' "${RESULTS[@]}" | grep -F '(baseline' | sed -n 's/.*rps=\([0-9.]*\).*/\1/p' \
	| awk '{ sum += $1; runs++ } END { if (runs > 0) printf "%.1f", sum / runs }')
if [[ $ONLY != pages ]] && (( PER_QUERY > 0 )); then
	echo "== each search query alone, ${PER_QUERY}s each"
	mapfile -t queries < <(sed -n '/^local queries = {/,/^}/p' bench/search.lua | sed -n 's/^\t"\(.*\)",$/\1/p' | sed 's/\\"/"/g')
	for q in "${queries[@]}"; do
		# shellcheck disable=SC2086
		measure "q=$q" "$PER_QUERY" -s bench/search.lua "$BASE" -- $q
	done
fi

echo
echo "== summary ($(date -u +%FT%TZ), $(nproc) cores, $(uname -m), $(java -version 2>&1 | head -n 1),"
echo "   $ITEMS items; site arguments: ${BENCH_APP_ARGS:-none}; JVM options: ${BENCH_JAVA_OPTS:-none};"
echo "   load average at start $LOAD_START, now $(cut -d' ' -f1-3 /proc/loadavg);"
echo "   p50/p90/p99/max in ms; ratios to the static file's mean, $BASELINE requests/s)"
for result in "${RESULTS[@]}"; do
	case $result in
		*'(baseline'*) echo "$result" ;;
		*rps=*) echo "$result$(ratio "$result")" ;;
		*) echo "$result" ;;
	esac
done
if command -v jcmd >/dev/null; then
	jcmd "$APP_PID" GC.heap_info 2>/dev/null | sed -n '2,3p' | sed 's/^/   heap: /' || true
fi
grep -E '(ERROR|Exception)' "$WORK/app.log" | head -n 5 || true

if [[ ${BENCH_KEEP:-} == 1 ]]; then
	echo
	echo "The site still runs on $BASE; psql: PGPASSWORD=$PGPASSWORD ${PSQL[*]}"
	read -r -p "Press Enter to stop it. " _
fi
