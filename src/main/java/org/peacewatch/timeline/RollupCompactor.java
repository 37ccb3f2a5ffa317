package org.peacewatch.timeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the deltas that triggers append on every article and tag change into the rollup tables (see V30). Reads are
 * exact either way; compaction only keeps the delta tables (and the data-version change log) small so reads stay fast.
 */
@Component
class RollupCompactor {

    private final JdbcClient jdbc;

    RollupCompactor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${peacewatch.timeline.compact-every:10s}", initialDelayString = "${peacewatch.timeline.compact-every:10s}")
    @Transactional
    public void compact() {
        jdbc.sql("select timeline_rollup_compact()").query((rs, n) -> 0).list();
        // Keeps the change log that AnswerCache's version counts short (see V32); the version does not move.
        jdbc.sql("select timeline_data_version_fold()").query((rs, n) -> 0).list();
    }
}
