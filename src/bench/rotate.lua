-- wrk script: every request a different one-year daily timeline (actor AND topic), to measure the uncached path.
-- Each wrk thread rotates through its own PAIRS actor/topic pairs x DAYS start dates; with 2 threads, 4 pairs and 365
-- days that is 2,920 distinct requests, far more than the answer cache keeps (peacewatch.timeline.cache-size, default
-- 1000), so round-robin order makes every request a miss. With DAYS=1 the requests fit in the cache and the run
-- measures cache hits over varying requests.
-- Usage: FROM=2025-11-26 PAIRS=4 DAYS=365 wrk -t2 -c16 -d15s -s src/bench/rotate.lua http://127.0.0.1:8086
dofile("src/bench/report.lua")

local actors = {"putin", "zelenskyy", "trump", "witkoff", "lavrov", "macron", "erdogan", "rubio"}
local topics = {"ceasefire", "sanctions", "territory", "peace-plan", "security-guarantees", "elections", "children", "energy-truce"}
local pairs_n = tonumber(os.getenv("PAIRS") or "4")
local days = tonumber(os.getenv("DAYS") or "365")
local base = os.getenv("FROM") or "2025-01-01"
local y, m, d = base:match("(%d+)-(%d+)-(%d+)")
local start = os.time({year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12})
local counter = 0
local threads = 0

-- wrk runs one Lua state per thread: give each thread its own pairs, or they would replay each other's requests.
setup = function(thread)
  thread:set("offset", threads * pairs_n)
  threads = threads + 1
end

request = function()
  local i = counter
  counter = counter + 1
  local pair = ((offset or 0) + i % pairs_n) % #actors
  local shift = math.floor(i / pairs_n) % days
  local from = os.date("!%Y-%m-%d", start + shift * 86400)
  local to = os.date("!%Y-%m-%d", start + (shift + 365) * 86400)
  return wrk.format("GET", "/api/v1/timeline?actor=" .. actors[pair + 1] .. "&topic=" .. topics[pair + 1]
      .. "&from=" .. from .. "&to=" .. to .. "&interval=day")
end
