-- wrk script for /search with queries never asked before: each request asks a new pair of
-- words from the vocabulary of bench/generate.sql (80 words, 6,320 ordered pairs, each
-- of the two threads its own share, from a place that changes with every run), so that
-- the results cache never answers and every search ranks its matches in PostgreSQL.
--   wrk -t2 -c32 -d30s --latency -s bench/search-distinct.lua http://127.0.0.1:PORT

local words = {
	"cybercrime", "convention", "evidence", "ratification", "treaty", "judges", "prosecutors", "police",
	"legislation", "cooperation", "interception", "interference", "preservation", "production", "orders",
	"conference", "octopus", "plenary", "strasbourg", "budapest", "brussels", "geneva", "vienna", "bucharest",
	"national", "regional", "international", "effective", "comprehensive", "draft", "data", "system", "access",
	"illegal", "computer", "stored", "electronic", "training", "workshop", "assistance", "mutual", "protocol",
	"racist", "xenophobic", "child", "sexual", "fraud", "forgery", "copyright", "investigators", "legislators",
	"committee", "union", "council", "europe", "moldova", "azerbaijan", "ransomware", "grooming", "sextortion",
	"project", "capacity", "criminal", "justice", "law", "enforcement", "service", "providers", "jurisdiction",
	"extradition", "network", "contact", "point", "standards", "parties", "guidelines", "report", "states",
	"instrument", "signed",
}

local threads = 0
local counter = 0
local step = 1

function setup(thread)
	threads = threads + 1
	thread:set("id", threads)
end

local triples = false

function init(args)
	-- Thread k asks pairs k, k + 2, k + 4, ... (wrk -t2) from a start that moves
	-- with the clock, so that two runs a few minutes apart ask other pairs.
	-- "-- triples" asks three words instead (the warm-up: never a pair measured).
	step = 2
	counter = math.floor(os.time() / 60) * 97 + (id or 1)
	triples = args[1] == "triples"
end

function request()
	local n = #words
	local pair = counter % (n * (n - 1))
	counter = counter + step
	local first = pair % n
	local second = (first + 1 + math.floor(pair / n) % (n - 1)) % n
	local q = words[first + 1] .. "+" .. words[second + 1]
	if triples then
		q = q .. "+" .. words[(first + second + math.floor(counter / n)) % n + 1]
	end
	return wrk.format("GET", "/search?q=" .. q)
end

dofile("bench/report.lua")
