-- wrk script for /search: each request takes the next query of a mix (phrases, OR,
-- exclusions, common and rare words, a misspelling that gets "did you mean"); with
-- arguments (wrk ... -- octopus 2008) it asks only that query.
--   wrk -t2 -c32 -d30s --latency -s bench/search.lua http://127.0.0.1:PORT -- [query]

local queries = {
	"octopus 2008",
	"ratification azerbaijan",
	"cybercrime convention",
	"\"mutual assistance\"",
	"data protection -draft",
	"budapest OR strasbourg",
	"cybercrime",
	"treaty",
	"electronic evidence",
	"ransomware",
	"grooming",
	"steganography",
	"sextortion moldova",
	"conventoin",
}

local function encode(text)
	return (text:gsub("[^%w%-_%.~]", function(c)
		return string.format("%%%02X", string.byte(c))
	end))
end

local paths = {}
local next_index = 1
local threads = 0

function setup(thread)
	threads = threads + 1
	thread:set("id", threads)
end

function init(args)
	if #args > 0 then
		queries = { table.concat(args, " ") }
	end
	for i, q in ipairs(queries) do
		paths[i] = "/search?q=" .. encode(q)
	end
	-- Threads start at different places in the mix.
	next_index = ((id or 1) - 1) * 7 % #paths + 1
end

function request()
	local path = paths[next_index]
	next_index = next_index % #paths + 1
	return wrk.format("GET", path)
end

dofile("bench/report.lua")
