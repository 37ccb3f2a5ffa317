package org.peacewatch.articles;

/** What one poll of one source did. */
record IngestionReport(long sourceId, int discovered, int fetched, int stored, int duplicates, int failed, String error) {

    boolean succeeded() {
        return error == null;
    }
}
