-- Prints one line that bench/run.sh reads: requests per second, latency percentiles in
-- milliseconds and the number of failed requests (socket errors and statuses >= 400).
function done(summary, latency, requests)
	local errors = summary.errors
	local failed = errors.connect + errors.read + errors.write + errors.status + errors.timeout
	io.write(string.format("BENCH requests=%d rps=%.1f p50=%.1f p90=%.1f p99=%.1f max=%.1f failed=%d\n",
		summary.requests, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, failed))
end
