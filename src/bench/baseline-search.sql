-- Variables are substituted textually: pass them quoted, e.g. -D "actor='putin'" (see analyst-api.sh).
-- Baseline for the search benchmark: the straightforward full-text query over the raw columns (tsvector computed
-- on the fly, ranked, first page), run by pgbench (no HTTP at all).
select a.id, a.title, ts_rank(to_tsvector('english', a.title || ' ' || a.text), websearch_to_tsquery('english', :q)) as rank
from article a
where to_tsvector('english', a.title || ' ' || a.text) @@ websearch_to_tsquery('english', :q)
order by rank desc, a.id desc
limit 50;
