package org.peacewatch.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The actors and topics we tag, with their aliases or keywords per language. */
record Taxonomy(List<Entry> actors, List<Entry> topics) {

    static final String RESOURCE = "tagging/taxonomy.json";

    /**
     * An actor or topic. Actors carry {@code aliases}, topics {@code keywords}; both are matched the same way.
     */
    record Entry(String slug, String name, String kind, String description, Map<String, List<String>> aliases,
                 Map<String, List<String>> keywords) {

        Map<String, List<String>> terms() {
            return aliases != null ? aliases : keywords != null ? keywords : Map.of();
        }
    }

    static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Taxonomy.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
