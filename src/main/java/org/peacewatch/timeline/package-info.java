/**
 * The analyst read side: bucketed timelines with share of coverage, per-actor/topic series, co-occurrence matrices,
 * the taxonomy listings with article counts, and the {@code generate} command that loads a synthetic corpus for
 * benchmarks. Owns the daily rollup tables (timeline_count, source_day_count and their delta tables, kept exact by
 * triggers in V30) and folds their deltas in periodically. Heavy read SQL only; publishes nothing.
 */
package org.peacewatch.timeline;
