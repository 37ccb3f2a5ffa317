package org.peacewatch.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class DefaultSourcesTests {

    private final List<DefaultSources.Entry> entries =
            new DefaultSources(null, null, null, JsonMapper.builder().build()).read();

    @Test
    void listsFifteenToThirtyRealSourcesEachWithKindLanguageAndInterval() {
        assertThat(entries).hasSizeBetween(15, 30);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.kind()).isNotNull();
            assertThat(e.language()).isIn("en", "uk", "ru");
            assertThat(e.pollInterval()).isNotNull();
            assertThat(URI.create(e.url()).getScheme()).isIn("http", "https");
        });
        assertThat(entries).extracting(DefaultSources.Entry::url).doesNotHaveDuplicates();
    }

    @Test
    void coversTheOfficialReadoutsAndGivesListingPagesALinkSelector() {
        assertThat(entries).extracting(DefaultSources.Entry::url)
                .anyMatch(u -> u.contains("president.gov.ua"))
                .anyMatch(u -> u.contains("kremlin.ru"))
                .anyMatch(u -> u.contains("nato.int"))
                .anyMatch(u -> u.contains("state.gov"));
        assertThat(entries).filteredOn(e -> e.kind() == SourceKind.HTML_LIST)
                .allSatisfy(e -> assertThat(e.linkSelector()).isNotBlank());
    }
}
