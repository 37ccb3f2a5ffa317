package org.peacewatch.articles.ingestion;

import java.util.Map;

/**
 * What one poll of one source did; {@code byStatus} counts every fetch attempt of the poll by its status, and
 * {@code noArticle} the fetched pages that held no article text and so were not stored.
 */
record IngestionReport(long sourceId, int discovered, int fetched, int stored, int duplicates, int failed,
                       int noArticle, Map<String, Integer> byStatus, String error) {

    static IngestionReport failure(long sourceId, Map<String, Integer> byStatus, String error) {
        return new IngestionReport(sourceId, 0, 0, 0, 0, 0, 0, byStatus, error);
    }

    boolean succeeded() {
        return error == null;
    }
}
