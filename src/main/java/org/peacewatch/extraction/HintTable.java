package org.peacewatch.extraction;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers the hints (a few bits, below 64) found for class and id values, or for the words in them, keyed by a
 * 64-bit fingerprint of the value. A page asks for hundreds of values, and a map from strings costs several cache
 * misses per question (its table, the entry, the stored key and the key's characters): here the answer sits in the
 * same word as the fingerprint, one array read. Two values share a fingerprint with a probability of about 2^-57 per
 * pair, so a wrong answer would need some 10^8 distinct values in the table at once; it holds at most a hundred
 * thousand or so.
 * <p>
 * Safe for concurrent use without locks: each slot is written whole, so a reader sees an old entry, a new one or
 * none, never half of one. Two threads writing the same empty slot at once lose one entry, which is only
 * classified again later.
 */
final class HintTable {

    private static final int HINT_BITS = 6;
    private static final long HINT_MASK = (1L << HINT_BITS) - 1;
    /** Marks a slot in use, so that an entry is never 0 (an empty slot) whatever its fingerprint and hints. */
    private static final long IN_USE = 1L << HINT_BITS;
    private static final long FINGERPRINT_MASK = ~(IN_USE | HINT_MASK);
    /** How many slots a question reads before it answers "unknown". */
    private static final int MAX_PROBES = 8;

    /** An odd 64-bit multiplier with well-mixed bits (the golden ratio's), and its square for two steps at once. */
    private static final long PRIME = 0x9E3779B97F4A7C15L;
    private static final long PRIME_SQUARED = PRIME * PRIME;

    private final int capacity;
    private final AtomicInteger entries = new AtomicInteger();
    private volatile AtomicLongArray slots;

    /** @param capacity slots, a power of two; the table starts afresh when it is half full */
    HintTable(int capacity) {
        if (Integer.bitCount(capacity) != 1 || capacity < MAX_PROBES) {
            throw new IllegalArgumentException("capacity must be a power of two of at least " + MAX_PROBES + ": " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicLongArray(capacity);
    }

    /** The hints stored for {@code value}, or -1 when it is not known. */
    int get(String value) {
        long fingerprint = fingerprint(value);
        long wanted = fingerprint & FINGERPRINT_MASK | IN_USE;
        AtomicLongArray table = slots;
        int mask = capacity - 1;
        int slot = (int) (fingerprint >>> 32) & mask;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            long entry = table.getOpaque(slot + probe & mask);
            if (entry == 0) {
                return -1;
            }
            if ((entry & ~HINT_MASK) == wanted) {
                return (int) (entry & HINT_MASK);
            }
        }
        return -1;
    }

    /** Stores the hints (0 to 63) found for {@code value}. */
    void put(String value, int hints) {
        if (hints < 0 || hints > HINT_MASK) {
            throw new IllegalArgumentException("hints must fit in " + HINT_BITS + " bits: " + hints);
        }
        if (entries.get() >= capacity / 2) {
            // Tens of thousands of distinct values means many sites' templates; starting afresh keeps probes short.
            slots = new AtomicLongArray(capacity);
            entries.set(0);
        }
        long fingerprint = fingerprint(value);
        long entry = fingerprint & FINGERPRINT_MASK | IN_USE | hints;
        AtomicLongArray table = slots;
        int mask = capacity - 1;
        int slot = (int) (fingerprint >>> 32) & mask;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
            long old = table.getOpaque(slot + probe & mask);
            if (old == 0 || (old & ~HINT_MASK) == (entry & ~HINT_MASK)) {
                table.setOpaque(slot + probe & mask, entry);
                if (old == 0) {
                    entries.incrementAndGet();
                }
                return;
            }
        }
        // Every slot a question would read is taken: this value replaces the first of them.
        table.setOpaque(slot, entry);
    }

    /** A 64-bit hash of the characters, mixed so that every character moves every bit (MurmurHash3's finaliser). */
    static long fingerprint(String value) {
        int n = value.length();
        long h = 0x9E3779B97F4A7C15L ^ n;
        int i = 0;
        // Two characters per step: the multiplications of the two are independent, so the chain is half as long.
        for (; i + 1 < n; i += 2) {
            h = h * PRIME_SQUARED + (value.charAt(i) * PRIME + value.charAt(i + 1));
        }
        if (i < n) {
            h = h * PRIME + value.charAt(i);
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
