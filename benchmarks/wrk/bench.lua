-- wrk script for benchmarks/run.sh. Arguments after "--":
--   bearer <tokens-file> <path>             GET path, Authorization rotating over the tokens (one per line)
--   user   <ids-file>    <path-prefix>      GET path-prefix .. id, rotating over the ids (baseline, no auth)
--   pairs  <pairs-file> [once <threads>]    GET each line's "<token> <path>", rotating; with "once", every line
--                                           is requested once (thread i takes lines i, i+threads, ...) and each
--                                           thread stops after its share (cold leaderboards: every request
--                                           is a board's first; rps is then meaningless, wrk waits -d out)
--   like   <pairs-file> <threads>          PUT, then on the next pass DELETE, each line's "<token> <path>" (a post's
--                                           like); thread i takes lines i, i+threads, ... so no two threads like the
--                                           same post for the same user: every request changes something
--   post   <tokens-file> <path>             POST a weigh-in per request, rotating tokens; recordedAt counts
--                                           down in microseconds from an hour before the run started, in 16
--                                           interleaved lanes (one per thread), so no two requests of this run
--                                           or of a run started a few seconds later share an instant and none
--                                           hits the (user, recordedAt, weight) unique key
-- done() prints one line "RESULT step=<BENCH_STEP> rps=… p50_ms=… …" that run.sh collects.

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("id", next_id)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local function lines(file)
   local list = {}
   for line in io.lines(file) do
      if line ~= "" then
         table.insert(list, line)
      end
   end
   if #list == 0 then
      error("no lines in " .. file)
   end
   return list
end

local mode, requests, tokens, path, base_us
local counter = 0

function init(args)
   mode = args[1]
   path = args[3]
   math.randomseed(os.time() * 100 + id)
   local values = lines(args[2])
   -- start each thread at a different place in the rotation
   counter = id * 17
   if mode == "bearer" then
      requests = {}
      for i, token in ipairs(values) do
         requests[i] = wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
      end
   elseif mode == "user" then
      requests = {}
      for i, user in ipairs(values) do
         requests[i] = wrk.format("GET", path .. user)
      end
   elseif mode == "pairs" then
      requests = {}
      local threads = tonumber(args[4] or "1")
      local once = args[3] == "once"
      for i, line in ipairs(values) do
         local token, target = line:match("^(%S+)%s+(%S+)$")
         if not token then
            error("not a '<token> <path>' line: " .. line)
         end
         if not once or (i - 1) % threads == id then
            table.insert(requests, wrk.format("GET", target, { ["Authorization"] = "Bearer " .. token }))
         end
      end
      if once then
         counter = 0
         local answered = 0
         local share = #requests
         response = function()
            answered = answered + 1
            if answered >= share then
               wrk.thread:stop()
            end
         end
      end
   elseif mode == "like" then
      requests = {}
      local threads = tonumber(args[3] or "1")
      local mine = {}
      for i, line in ipairs(values) do
         local token, target = line:match("^(%S+)%s+(%S+)$")
         if not token then
            error("not a '<token> <path>' line: " .. line)
         end
         if (i - 1) % threads == id then
            table.insert(mine, { token = token, target = target })
         end
      end
      -- passes alternate: PUT every line, then DELETE every line
      for _, method in ipairs({ "PUT", "DELETE" }) do
         for _, pair in ipairs(mine) do
            table.insert(requests, wrk.format(method, pair.target, { ["Authorization"] = "Bearer " .. pair.token }))
         end
      end
      counter = 0
   elseif mode == "post" then
      tokens = values
      base_us = (os.time() - 3600) * 1000000
   else
      error("unknown mode " .. tostring(mode))
   end
end

function request()
   counter = counter + 1
   if mode ~= "post" then
      return requests[counter % #requests + 1]
   end
   -- 16 slots per step: threads never produce the same instant
   local at = base_us - (counter * 16 + id)
   local seconds = math.floor(at / 1000000)
   local micros = at - seconds * 1000000
   local recorded = os.date("!%Y-%m-%dT%H:%M:%S", seconds) .. string.format(".%06dZ", micros)
   local body = string.format('{"weight":%.1f,"unit":"kg","recordedAt":"%s"}', 60 + math.random() * 50, recorded)
   return wrk.format("POST", path, {
      ["Authorization"] = "Bearer " .. tokens[counter % #tokens + 1],
      ["Content-Type"] = "application/json"
   }, body)
end

function done(summary, latency, requests)
   local seconds = summary.duration / 1000000
   local errors = summary.errors
   local other = errors.connect + errors.read + errors.write + errors.timeout
   io.write(string.format(
      "RESULT step=%s requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx3xx=%d socket_errors=%d\n",
      os.getenv("BENCH_STEP") or "?", summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors.status, other))
end
