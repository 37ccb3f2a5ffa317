-- wrk reporter: one parsable line with throughput and latency percentiles (milliseconds), plus error counts.
-- Usage: wrk -t2 -c16 -d30s -s src/bench/report.lua 'http://127.0.0.1:8086/api/v1/timeline?...'
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors))
end
