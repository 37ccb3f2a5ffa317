package org.peacewatch.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guesser: script first, then letters unique to one Cyrillic alphabet (Ukrainian і ї є ґ against
 * Russian ы э ъ ё), then counts of very common function words. Enough to label news text without shipping n-gram
 * profiles of many megabytes.
 */
final class LanguageDetector {

    /** A guess and how sure it is (share of the counted evidence that pointed to it). */
    record Guess(String language, double confidence) {
    }

    /**
     * In a fixed order: a word of several languages ("en": Spanish and Dutch) lists them in this order, which decides
     * ties. Map.ofEntries would iterate in an order that changes from one JVM start to the next.
     */
    private static final Map<String, Set<String>> STOPWORDS = inThisOrder(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are", "this", "be", "by", "have", "from", "not", "but", "which", "they", "has", "you", "we", "were", "their", "been", "would")),
            Map.entry("de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "des", "auf", "für", "ein", "eine", "dem", "auch", "es", "sie", "wird", "bei", "wie", "nach", "aus", "noch", "werden", "oder", "sind", "zu", "im", "dass")),
            Map.entry("fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "du", "que", "pour", "qui", "pas", "sur", "au", "avec", "il", "ce", "sont", "par", "plus", "elle", "mais", "nous", "aux", "cette", "ont", "été", "leur", "ses")),
            Map.entry("es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "es", "se", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "este", "fue", "son", "está", "también", "entre", "cuando", "muy")),
            Map.entry("it", Set.of("il", "di", "che", "la", "e", "per", "del", "della", "non", "una", "sono", "con", "gli", "le", "si", "nel", "alla", "anche", "come", "più", "dei", "delle", "ha", "questo", "ma", "è", "al", "lo", "degli", "essere")),
            Map.entry("pt", Set.of("o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "ao", "ele", "das", "à", "seu", "sua", "ou", "são")),
            Map.entry("nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "op", "te", "zijn", "voor", "met", "die", "niet", "aan", "er", "om", "ook", "als", "bij", "maar", "wordt", "door", "nog", "naar", "deze", "worden", "kan", "heeft", "dit")),
            Map.entry("pl", Set.of("i", "w", "na", "z", "że", "się", "nie", "do", "to", "jest", "o", "jak", "ale", "po", "co", "tak", "za", "od", "przez", "dla", "jego", "są", "już", "tym", "czy", "może", "być", "ich", "które", "został")),
            Map.entry("uk", Set.of("і", "та", "не", "що", "на", "в", "у", "з", "до", "як", "це", "за", "від", "його", "але", "які", "або", "про", "вже", "також", "щоб", "було", "був", "вони", "ми", "він", "її", "має", "буде", "якщо")),
            Map.entry("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "как", "это", "к", "из", "за", "от", "его", "но", "также", "для", "был", "было", "они", "мы", "он", "её", "уже", "или", "если", "будет", "который", "которые", "чтобы")));

    private static final Map<String, List<String>> WORD_LANGUAGES = wordLanguages();

    private static final Stopwords STOPWORD_TABLE = new Stopwords(WORD_LANGUAGES);

    private static final List<String> LATIN = List.of("en", "de", "fr", "es", "it", "pt", "nl", "pl");

    private LanguageDetector() {
    }

    static Guess detect(String text) {
        if (text == null || text.isBlank()) {
            return new Guess(null, 0);
        }
        String sample = text.length() > 2500 ? text.substring(0, 2500) : text;
        int latin = 0;
        int cyrillic = 0;
        int ukrainianOnly = 0;
        int russianOnly = 0;
        int greek = 0;
        int cjk = 0;
        int arabic = 0;
        int hebrew = 0;
        // Most samples end in the count of function words: counting them in the same pass saves reading them twice.
        FunctionWords words = new FunctionWords();
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            words.read(c);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    latin++;
                }
                continue;
            }
            Character.UnicodeScript script = script(c);
            switch (script) {
                case LATIN -> latin++;
                case CYRILLIC -> {
                    cyrillic++;
                    char l = Character.toLowerCase(c);
                    if (l == 'і' || l == 'ї' || l == 'є' || l == 'ґ') {
                        ukrainianOnly++;
                    } else if (l == 'ы' || l == 'э' || l == 'ъ' || l == 'ё') {
                        russianOnly++;
                    }
                }
                case GREEK -> greek++;
                case HAN, HIRAGANA, KATAKANA, HANGUL -> cjk++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                default -> {
                }
            }
        }
        int letters = latin + cyrillic + greek + cjk + arabic + hebrew;
        if (letters < 20) {
            return new Guess(null, 0);
        }
        if (cyrillic > letters / 2) {
            int evidence = ukrainianOnly + russianOnly;
            if (evidence >= 3) {
                return ukrainianOnly > russianOnly
                        ? new Guess("uk", (double) ukrainianOnly / evidence)
                        : new Guess("ru", (double) russianOnly / evidence);
            }
            return words.guess(sample, List.of("uk", "ru"));
        }
        if (cjk > letters / 2) {
            return new Guess(null, 0);
        }
        if (greek > letters / 2) {
            return new Guess("el", 1);
        }
        if (arabic > letters / 2) {
            return new Guess("ar", 0.8);
        }
        if (hebrew > letters / 2) {
            return new Guess("he", 1);
        }
        return words.guess(sample, LATIN);
    }

    /**
     * The script of a character, answering the two common ranges (accented Latin, the Cyrillic block) without
     * {@link Character.UnicodeScript#of}'s search over all Unicode ranges, which runs for every letter of the sample.
     */
    private static Character.UnicodeScript script(char c) {
        if (c >= '\u00c0' && c <= '\u024f' && c != '\u00d7' && c != '\u00f7') {
            return Character.UnicodeScript.LATIN;
        }
        if (c >= '\u0400' && c <= '\u04ff' && c != '\u0485' && c != '\u0486') {
            return Character.UnicodeScript.CYRILLIC;
        }
        return Character.UnicodeScript.of(c);
    }

    /**
     * Counts the function words of every language as the sample is read. The words are lower-cased and looked up
     * character by character, with no copy of the sample or of each word; the two characters whose lower case depends
     * on their neighbours or takes two characters (final sigma, dotted capital I) send the sample the long way. A
     * surrogate (an emoji) does not: its lower case is surrogates again, which are no letters either way.
     */
    private static final class FunctionWords {

        private final int[] counts = new int[STOPWORD_TABLE.languages.length];
        /** The languages in the order of their first function word, which decides ties. */
        private final int[] firstSeen = new int[counts.length];
        private int seen;
        private final char[] word = new char[Stopwords.LONGEST];
        private int length = -1;
        private int hash;
        private boolean lowerCaseNeedsCopy;

        void read(char c) {
            char lower;
            boolean letter;
            if (c < 128) {
                lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                letter = lower >= 'a' && lower <= 'z';
            } else {
                if (c == '\u03a3' || c == '\u0130') {
                    lowerCaseNeedsCopy = true;
                }
                lower = Character.toLowerCase(c);
                letter = Character.isLetter(lower);
            }
            if (letter) {
                if (length < 0) {
                    length = 0;
                    hash = 0;
                }
                if (length < word.length) {
                    word[length] = lower;
                    hash = 31 * hash + lower;
                }
                length++;
            } else if (length >= 0) {
                int[] hits = length <= word.length ? STOPWORD_TABLE.languagesOf(word, length, hash) : null;
                if (hits != null) {
                    for (int lang : hits) {
                        if (counts[lang]++ == 0) {
                            firstSeen[seen++] = lang;
                        }
                    }
                }
                length = -1;
            }
        }

        /** The language among {@code languages} with the most function words in {@code sample}, once it is all read. */
        Guess guess(String sample, List<String> languages) {
            read(' ');
            if (lowerCaseNeedsCopy) {
                return byStopwordsOfLowerCase(sample, languages);
            }
            int total = 0;
            // The map the long way fills, built in the same order and with merge (which puts a new key first in its
            // bucket, where put would put it last), so that a tie goes to the same language.
            Map<String, Integer> byLanguage = new HashMap<>();
            for (int k = 0; k < seen; k++) {
                String language = STOPWORD_TABLE.languages[firstSeen[k]];
                if (languages.contains(language)) {
                    byLanguage.merge(language, counts[firstSeen[k]], Integer::sum);
                    total += counts[firstSeen[k]];
                }
            }
            if (total < 5) {
                return new Guess(null, 0);
            }
            return mostCounted(byLanguage, total);
        }
    }

    /** The function-word count of the whole lower-cased sample: the long way, for the characters noted above. */
    static Guess byStopwordsOfLowerCase(String sample, List<String> languages) {
        String text = sample.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                if (i - start <= 9) {
                    List<String> hits = WORD_LANGUAGES.get(text.substring(start, i));
                    if (hits != null) {
                        for (String lang : hits) {
                            if (languages.contains(lang)) {
                                counts.merge(lang, 1, Integer::sum);
                                total++;
                            }
                        }
                    }
                }
                start = -1;
            }
        }
        if (total < 5) {
            return new Guess(null, 0);
        }
        return mostCounted(counts, total);
    }

    /** The language with the highest count; of equal counts the first in the map's order, as Stream.max would pick. */
    private static Guess mostCounted(Map<String, Integer> counts, int total) {
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()) {
                best = entry;
            }
        }
        return new Guess(best.getKey(), (double) best.getValue() / total);
    }

    /**
     * The function words in an open-addressing table that is probed with the characters of a word as read, so that
     * no string is made per word. Each word keeps its languages in the order of {@link #WORD_LANGUAGES}.
     */
    private static final class Stopwords {

        static final int LONGEST = 9;

        final String[] languages;
        private final char[][] words;
        /** Each word's hash, compared before its characters: most words read are no function word. */
        private final int[] hashes;
        private final int[][] hits;

        Stopwords(Map<String, List<String>> wordLanguages) {
            languages = wordLanguages.values().stream().flatMap(List::stream).distinct().sorted().toArray(String[]::new);
            List<String> codes = List.of(languages);
            int size = Integer.highestOneBit(wordLanguages.size() * 4);
            words = new char[size][];
            hashes = new int[size];
            hits = new int[size][];
            wordLanguages.forEach((word, langs) -> {
                if (word.length() > LONGEST) {
                    return;
                }
                int slot = spread(word.hashCode()) & (size - 1);
                while (words[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                words[slot] = word.toCharArray();
                hashes[slot] = word.hashCode();
                hits[slot] = langs.stream().mapToInt(codes::indexOf).toArray();
            });
        }

        /**
         * The languages of the word in {@code chars[0..length)}, or null when it is no function word; {@code hash} is
         * the word's {@link String#hashCode}, summed as the word was read.
         */
        int[] languagesOf(char[] chars, int length, int hash) {
            int mask = words.length - 1;
            for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && sameWord(words[slot], chars, length)) {
                    return hits[slot];
                }
            }
            return null;
        }

        /** A plain loop: the words are at most nine characters, too short for Arrays.equals' range checks to pay. */
        private static boolean sameWord(char[] word, char[] chars, int length) {
            if (word.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (word[i] != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }

    @SafeVarargs
    private static Map<String, Set<String>> inThisOrder(Map.Entry<String, Set<String>>... entries) {
        Map<String, Set<String>> ordered = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> entry : entries) {
            ordered.put(entry.getKey(), entry.getValue());
        }
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** The languages a function word counts for, in the order that decides ties. */
    static List<String> languagesOf(String word) {
        return WORD_LANGUAGES.getOrDefault(word, List.of());
    }

    private static Map<String, List<String>> wordLanguages() {
        Map<String, List<String>> index = new HashMap<>();
        STOPWORDS.forEach((lang, words) -> words.forEach(w -> index.computeIfAbsent(w, k -> new java.util.ArrayList<>()).add(lang)));
        // A HashMap behind a read-only view: the lookup runs once per word of the sample, and its hashing is the cheapest.
        return java.util.Collections.unmodifiableMap(index);
    }
}
