package org.peacewatch.tagging;

/** One actor or topic found in a text, with how often, how strongly, and the sentence that shows it. */
record Tag(String slug, int mentions, double score, String evidence) {
}
