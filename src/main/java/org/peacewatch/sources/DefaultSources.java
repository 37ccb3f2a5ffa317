package org.peacewatch.sources;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Loads the curated real sources once, on the first start against an empty database, so a fresh deployment starts
 * watching the talks without manual set-up. Later edits by admins are never overwritten.
 */
@Component
class DefaultSources {

    private static final Logger log = LoggerFactory.getLogger(DefaultSources.class);
    static final String RESOURCE = "sources/default-sources.json";

    record Entry(String name, SourceKind kind, String url, String language, Duration pollInterval,
                 String linkSelector, String nextPageSelector, Integer pageLimit) {
    }

    private final SourceRepository sources;
    private final SourceCatalog catalog;
    private final SourceProperties properties;
    private final ObjectMapper json;

    DefaultSources(SourceRepository sources, SourceCatalog catalog, SourceProperties properties, ObjectMapper json) {
        this.sources = sources;
        this.catalog = catalog;
        this.properties = properties;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void loadOnFirstStart() {
        if (!properties.defaultsEnabled() || sources.count() > 0) {
            return;
        }
        List<Entry> entries = read();
        entries.forEach(e -> catalog.register(e.name(), e.kind(), e.url(), e.language(), e.pollInterval(),
                e.linkSelector(), e.nextPageSelector(), e.pageLimit()));
        log.info("Registered {} default sources from {}", entries.size(), RESOURCE);
    }

    List<Entry> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<Entry>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }
}
