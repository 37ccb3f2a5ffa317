package org.peacewatch.tagging.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTests {

    static final String TEXT = "Talks ended. The U.S. envoy, J. D. Vance, left Geneva.\" Rain fell! Why? Wait… "
            + "Prices rose 2.5 per cent, e.g. in Kyiv. Then\nnew paragraph.  «Quoted.» Last words without a stop";

    static String sentence(Sentences sentences, int offset) {
        long s = sentences.around(offset);
        return TEXT.substring(Sentences.start(s), Sentences.end(s));
    }

    @Test
    void splitsAtStopsBeforeCapitalsButNotAfterInitials() {
        Sentences sentences = new Sentences(TEXT, 1);
        assertThat(sentence(sentences, 0)).isEqualTo("Talks ended.");
        assertThat(sentence(sentences, TEXT.indexOf("Vance"))).isEqualTo(" The U.S. envoy, J. D. Vance, left Geneva.");
        assertThat(sentence(sentences, TEXT.indexOf("Rain"))).isEqualTo("\" Rain fell!");
        assertThat(sentence(sentences, TEXT.indexOf("Kyiv"))).isEqualTo(" Prices rose 2.5 per cent, e.g. in Kyiv.");
        assertThat(sentence(sentences, TEXT.indexOf("Then"))).isEqualTo(" Then\n");
        assertThat(sentence(sentences, TEXT.indexOf("Last"))).isEqualTo("» Last words without a stop"); // the quote after a stop opens the next one
    }

    @Test
    void searchingAroundTheOffsetAndTheFullIndexGiveTheSameBounds() {
        // A few mentions: local searches, then the index once they have read an eighth of the text.
        Sentences local = new Sentences(TEXT, 1);
        // Dense mentions: the index from the start.
        Sentences indexed = new Sentences(TEXT, TEXT.length());
        for (int offset = 0; offset < TEXT.length(); offset++) {
            assertThat(local.around(offset)).as("offset %d", offset).isEqualTo(indexed.around(offset));
        }
        // Backwards too: the index's forward search from its last answer must not be fooled.
        for (int offset = TEXT.length() - 1; offset >= 0; offset -= 7) {
            assertThat(indexed.around(offset)).as("offset %d", offset).isEqualTo(new Sentences(TEXT, 0).around(offset));
        }
    }
}
