package org.peacewatch.extraction;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers the hints (a few bits, below 64) found for class and id values, or for the words in them, keyed by a
 * 64-bit fingerprint of the value. A page asks for hundreds of values, and a map from strings costs several cache
 * misses per question (its table, the entry, the stored key and the key's characters): here the answer sits in the
 * same word as the fingerprint, one array read. Two values share a fingerprint with a probability of about 2^-57 per
 * pair, so a wrong answer would need some 10^8 distinct values in the table at once; it holds at most a few hundred
 * thousand.
 * <p>
 * The table starts small, so that the values of the few sites a small deployment follows sit densely in few cache
 * lines, and doubles when half full, up to a bound; at the bound it starts afresh. A reader of every page of a
 * thousand sites needs a hundred thousand class values at hand, the pages of a hundred sites a fifth of that.
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

    private final int initialCapacity;
    private final int maxCapacity;
    private final AtomicInteger entries = new AtomicInteger();
    private volatile AtomicLongArray slots;

    /** @param capacity slots, a power of two; the table starts afresh when it is half full */
    HintTable(int capacity) {
        this(capacity, capacity);
    }

    /**
     * @param initialCapacity slots at first, a power of two; the table doubles when half full
     * @param maxCapacity     the most slots, a power of two; at that size the table starts afresh when half full
     */
    HintTable(int initialCapacity, int maxCapacity) {
        for (int capacity : new int[] {initialCapacity, maxCapacity}) {
            if (Integer.bitCount(capacity) != 1 || capacity < MAX_PROBES) {
                throw new IllegalArgumentException(
                        "capacity must be a power of two of at least " + MAX_PROBES + ": " + capacity);
            }
        }
        if (maxCapacity < initialCapacity) {
            throw new IllegalArgumentException(
                    "the most slots " + maxCapacity + " are fewer than the first " + initialCapacity);
        }
        this.initialCapacity = initialCapacity;
        this.maxCapacity = maxCapacity;
        this.slots = new AtomicLongArray(initialCapacity);
    }

    /** Slots in the table now. */
    int capacity() {
        return slots.length();
    }

    /** The hints stored for {@code value}, or -1 when it is not known. */
    int get(String value) {
        long fingerprint = fingerprint(value);
        long wanted = fingerprint & FINGERPRINT_MASK | IN_USE;
        AtomicLongArray table = slots;
        int mask = table.length() - 1;
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
        AtomicLongArray table = slots;
        if (entries.get() >= table.length() / 2) {
            if (table.length() < maxCapacity) {
                table = grown(table);
            } else {
                // Past the bound, most values are from sites read long ago; starting afresh keeps probes short.
                table = new AtomicLongArray(initialCapacity);
                entries.set(0);
            }
            slots = table;
        }
        long fingerprint = fingerprint(value);
        long entry = fingerprint & FINGERPRINT_MASK | IN_USE | hints;
        int mask = table.length() - 1;
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

    /**
     * A table of twice the slots holding the entries of {@code table}. An entry keeps the fingerprint's upper bits,
     * from which its slot is found again. A thread that stores into the old table meanwhile loses that entry, which
     * is only classified again later.
     */
    private AtomicLongArray grown(AtomicLongArray table) {
        AtomicLongArray bigger = new AtomicLongArray(table.length() * 2);
        int mask = bigger.length() - 1;
        int count = 0;
        for (int i = 0; i < table.length(); i++) {
            long entry = table.getOpaque(i);
            if (entry == 0) {
                continue;
            }
            int slot = (int) (entry >>> 32) & mask;
            for (int probe = 0; probe < MAX_PROBES; probe++) {
                if (bigger.getOpaque(slot + probe & mask) == 0) {
                    bigger.setOpaque(slot + probe & mask, entry);
                    count++;
                    break;
                }
            }
        }
        entries.set(count);
        return bigger;
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
