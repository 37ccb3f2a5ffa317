package org.peacewatch.tagging.matching;

/**
 * One actor or topic found in an article: how often, how strongly (title and lead weigh more), the taxonomy version
 * that produced it, and the sentence that shows it.
 */
public record Tag(String slug, String name, int mentions, double score, Evidence evidence) {

    /** The best sentence for a tag: its text and its offsets [start, end) in the {@code field} (title or text). */
    public record Evidence(String text, String field, int start, int end) {
    }
}
