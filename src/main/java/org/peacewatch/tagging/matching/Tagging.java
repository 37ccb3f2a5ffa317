package org.peacewatch.tagging.matching;

import java.util.List;

/** The tags of one text, and the language and taxonomy version they were computed with. */
public record Tagging(String language, long taxonomyVersion, List<Tag> actors, List<Tag> topics) {
}
