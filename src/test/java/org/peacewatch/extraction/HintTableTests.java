package org.peacewatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class HintTableTests {

    @Test
    void answersUnknownUntilAValueIsStoredThenItsHints() {
        HintTable table = new HintTable(64);
        assertThat(table.get("entry-content")).isEqualTo(-1);
        table.put("entry-content", 1);
        table.put("site-footer", 0);
        table.put("related-posts", 63);
        assertThat(table.get("entry-content")).isEqualTo(1);
        assertThat(table.get("site-footer")).isZero();
        assertThat(table.get("related-posts")).isEqualTo(63);
        assertThat(table.get("Entry-content")).isEqualTo(-1);
        assertThat(table.get("")).isEqualTo(-1);
    }

    @Test
    void storingAValueAgainReplacesItsHints() {
        HintTable table = new HintTable(64);
        table.put("sidebar", 2);
        table.put("sidebar", 34);
        assertThat(table.get("sidebar")).isEqualTo(34);
    }

    @Test
    void neverAnswersWithAnotherValuesHints() {
        // Far more values than fit: the table forgets some and starts afresh, but what it answers is always right.
        HintTable table = new HintTable(1 << 12);
        Random random = new Random(11);
        Map<String, Integer> stored = new HashMap<>();
        for (int n = 0; n < 50_000; n++) {
            String value = randomClassValue(random);
            int hints = random.nextInt(64);
            stored.put(value, hints);
            table.put(value, hints);
            String asked = randomClassValue(random);
            int answer = table.get(asked);
            if (answer >= 0) {
                assertThat(answer).as(asked).isEqualTo(stored.get(asked));
            }
        }
        int known = 0;
        for (var entry : stored.entrySet()) {
            int answer = table.get(entry.getKey());
            if (answer >= 0) {
                assertThat(answer).isEqualTo(entry.getValue());
                known++;
            }
        }
        assertThat(known).isPositive();
    }

    @Test
    void growsUpToItsBoundKeepingWhatItHoldsThenStartsAfresh() {
        HintTable table = new HintTable(64, 256);
        for (int n = 0; n < 120; n++) {
            table.put("box-" + n, n & 63);
        }
        assertThat(table.capacity()).isEqualTo(256);
        int known = 0;
        for (int n = 0; n < 120; n++) {
            int answer = table.get("box-" + n);
            if (answer >= 0) {
                assertThat(answer).isEqualTo(n & 63);
                known++;
            }
        }
        // Growing moves every entry; only one whose eight slots were all taken in the larger table could be lost.
        assertThat(known).isGreaterThanOrEqualTo(118);

        for (int n = 120; n < 130; n++) {
            table.put("box-" + n, 1);
        }
        assertThat(table.capacity()).isEqualTo(64);
        assertThat(table.get("box-129")).isEqualTo(1);
        assertThat(table.get("box-0")).isEqualTo(-1);
    }

    @Test
    void fingerprintsOfSimilarValuesDiffer() {
        // Values that differ in one character, by transposition, or in length only: what templates generate.
        Set<Long> seen = new HashSet<>();
        int values = 0;
        for (int i = 0; i < 100_000; i++) {
            for (String value : new String[]{"col-" + i, "col" + i, i + "-col", "elementor-element-" + Integer.toHexString(i)}) {
                seen.add(HintTable.fingerprint(value));
                values++;
            }
        }
        seen.add(HintTable.fingerprint("ab"));
        seen.add(HintTable.fingerprint("ba"));
        seen.add(HintTable.fingerprint("a\u0000"));
        seen.add(HintTable.fingerprint("a"));
        seen.add(HintTable.fingerprint(""));
        assertThat(seen).hasSize(values + 5);
    }

    @Test
    void threadsSharingTheTableReadOnlyWhatWasStored() throws Exception {
        HintTable table = new HintTable(1 << 10);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] workers = new Future<?>[4];
            for (int w = 0; w < workers.length; w++) {
                int seed = w;
                workers[w] = pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int n = 0; n < 100_000; n++) {
                        // A value's hints are a function of the value, as the extractor's are.
                        String value = "box-" + random.nextInt(3_000);
                        int answer = table.get(value);
                        if (answer >= 0) {
                            assertThat(answer).isEqualTo(value.hashCode() & 63);
                        } else {
                            table.put(value, value.hashCode() & 63);
                        }
                    }
                });
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesHintsThatDoNotFitAndCapacitiesThatAreNotPowersOfTwo() {
        assertThatThrownBy(() -> new HintTable(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HintTable(64, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HintTable(128, 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HintTable(64).put("x", 64)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HintTable(64).put("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String randomClassValue(Random random) {
        String[] words = {"post", "entry", "content", "related", "nav", "footer", "col", "md", "widget", "text", "-", "_", " "};
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(5); k >= 0; k--) {
            sb.append(words[random.nextInt(words.length)]);
            if (random.nextBoolean()) {
                sb.append(random.nextInt(40));
            }
        }
        return sb.toString();
    }
}
