-- Prints one line that bench/db-outage.sh reads: requests by status, socket errors and
-- timeouts, and the slowest request in milliseconds. With the argument "unique" each
-- request asks a new address (?n=...), which no cache can have answered before.
local all = {}
local unique = false
local counter = 0

function setup(thread)
	table.insert(all, thread)
	thread:set("id", #all)
end

function init(args)
	statuses = {}
	unique = args[1] == "unique"
	counter = math.floor(os.time() % 100000) * 1000000 + (id or 0) * 100000
end

function request()
	if not unique then
		return wrk.format()
	end
	counter = counter + 1
	return wrk.format("GET", wrk.path .. "?n=" .. counter)
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
	local totals = {}
	for _, thread in ipairs(all) do
		for status, count in pairs(thread:get("statuses")) do
			totals[status] = (totals[status] or 0) + count
		end
	end
	local parts = {}
	for status, count in pairs(totals) do
		table.insert(parts, status .. ":" .. count)
	end
	table.sort(parts)
	local errors = summary.errors
	io.write(string.format("BENCH %s socket-errors=%d timeouts=%d max=%.0fms\n", table.concat(parts, " "),
		errors.connect + errors.read + errors.write, errors.timeout, latency.max / 1000))
end
