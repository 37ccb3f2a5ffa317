package org.peacewatch.extraction;

import java.util.Arrays;

/**
 * How the line rules of {@link BodyExtractor} can begin, checked before their regexes run. The rules are anchored at
 * the start of a block, and most short blocks open with none of their words: a look-up of the block's first three
 * letters rules those out, where the regex would try each of its dozens of alternatives in turn. The patterns stay the
 * definition: a block these checks let through still goes to its pattern, and the tests hold every "cannot be" here to
 * a pattern that does not match. Letters compare as the patterns' Unicode case folding does.
 */
final class LineOpenings {

    /** How many leading characters of an opening word are looked up: enough to tell the words from most prose. */
    private static final int KEY_LENGTH = 3;

    /** The opening words of {@link BodyExtractor}'s BOILERPLATE_PHRASE, except "\d+ min read". */
    private static final LineOpenings BOILERPLATE_PHRASE = of(false, "share", "teilen", "partager", "compartir",
            "condividi", "drucken", "print", "imprimir", "advertisement", "anzeige", "werbung", "publicité", "publicidad",
            "sponsored", "gesponsert", "read more", "weiterlesen", "mehr lesen", "lesen sie", "schon gelesen",
            "auch interessant", "das könnte", "related", "you may", "recommended", "empfohlen", "more from", "newsletter",
            "subscribe", "abonnieren", "jetzt abonnieren", "sign up", "follow us", "folgen sie uns", "cookie", "tag",
            "schlagwörter", "themen:", "topics:", "war", "möchten", "was this", "rezept", "lesezeit", "back to top",
            "nach oben", "zurück", "previous", "next", "vorheriger", "nächster", "comment", "kommentar");
    /** The opening words of LABEL_LINE, after its optional "(". */
    private static final LineOpenings LABEL_LINE = of(true, "quelle", "source", "credit", "crédit", "titelbild", "foto",
            "bild", "photo", "aktualisiert", "veröffentlicht", "publiziert", "published", "updated", "kategorie",
            "categor", "kontakt", "contact", "pressekontakt", "markiert mit", "tagged", "über den autor",
            "about the author", "keine kommentare", "no comments", "noch keine", "externer inhalt", "escucha");
    /** The opening words of RELATED_LABEL; "à lire aussi" and "lire aussi" both. */
    private static final LineOpenings RELATED_LABEL = of(false, "related", "read", "more", "you", "recommended",
            "further reading", "explore further", "see also", "most", "trending", "latest", "popular", "verwandte",
            "ähnliche", "das könnte", "lesen sie auch", "lies auch", "auch interessant", "mehr", "weitere", "neueste",
            "empfohlene", "top", "meistgelesen", "zum weiterlesen", "à lire", "lire", "articles similaires",
            "sur le même sujet", "voir aussi", "les plus lus", "lee", "lea", "te puede", "noticias", "artículos",
            "más noticias", "veja", "leia", "notícias", "leggi", "articoli", "potrebbe");
    /** The opening words of APPEAL, after its optional "(". */
    private static final LineOpenings APPEAL = of(true, "zum newsletter", "never miss", "stay up", "jetzt", "unterstütze",
            "werden sie", "jede", "bitte", "instant", "den artikel", "artikel teilen", "weiterführende",
            "zusatzinformationen", "quellen", "kommende", "alle angaben", "abonnez-vous", "suscríbete", "iscriviti");
    /** The opening words of AD_LABEL. */
    private static final LineOpenings AD_LABEL = of(false, "anzeige", "werbung", "advertisement", "advertorial",
            "sponsored", "gesponsert", "publicité", "publicidad", "pubblicità");

    /** The folded first {@link #KEY_LENGTH} characters of each opening word, sorted for a binary search. */
    private final long[] keys;
    private final boolean optionalParenthesis;

    private LineOpenings(long[] keys, boolean optionalParenthesis) {
        this.keys = keys;
        this.optionalParenthesis = optionalParenthesis;
    }

    private static LineOpenings of(boolean optionalParenthesis, String... words) {
        long[] keys = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() < KEY_LENGTH) {
                throw new IllegalArgumentException("An opening shorter than the key cannot be looked up: " + words[i]);
            }
            keys[i] = key(words[i], 0);
        }
        Arrays.sort(keys);
        return new LineOpenings(keys, optionalParenthesis);
    }

    static boolean couldBeBoilerplatePhrase(String text) {
        return BOILERPLATE_PHRASE.couldOpen(text) || opensWithReadingTime(text);
    }

    static boolean couldBeLabelLine(String text) {
        return LABEL_LINE.couldOpen(text);
    }

    static boolean couldBeRelatedLabel(String text) {
        return RELATED_LABEL.couldOpen(text);
    }

    static boolean couldBeAppeal(String text) {
        return APPEAL.couldOpen(text);
    }

    static boolean couldBeAdLabel(String text) {
        return AD_LABEL.couldOpen(text);
    }

    /**
     * Whether DATE_LINE could match from the start: every form opens with a digit, or with a word ("März", "Dec.")
     * followed by white space and a digit.
     */
    static boolean couldBeDateLine(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        if (isAsciiDigit(text.charAt(0))) {
            return true;
        }
        // A word of letters can only be followed by "." or white space when it is taken whole.
        int at = 0;
        while (at < length) {
            int c = text.codePointAt(at);
            if (!Character.isLetter(c)) {
                break;
            }
            at += Character.charCount(c);
        }
        if (at == 0) {
            return false;
        }
        if (at < length && text.charAt(at) == '.') {
            at++;
        }
        int wordEnd = at;
        while (at < length && BodyExtractor.isRegexSpace(text.charAt(at))) {
            at++;
        }
        return at > wordEnd && at < length && isAsciiDigit(text.charAt(at));
    }

    private boolean couldOpen(String text) {
        return opensWithKey(text, 0)
                || optionalParenthesis && !text.isEmpty() && BodyExtractor.folded(text.charAt(0)) == '('
                && opensWithKey(text, 1);
    }

    private boolean opensWithKey(String text, int from) {
        return text.length() - from >= KEY_LENGTH && Arrays.binarySearch(keys, key(text, from)) >= 0;
    }

    /** "5 min read", "12 minute read": ASCII digits ({@code \d} is ASCII only), a space, "min". */
    private static boolean opensWithReadingTime(String text) {
        int at = 0;
        while (at < text.length() && isAsciiDigit(text.charAt(at))) {
            at++;
        }
        return at > 0 && text.length() - at >= 4 && text.charAt(at) == ' '
                && BodyExtractor.folded(text.charAt(at + 1)) == 'm' && BodyExtractor.folded(text.charAt(at + 2)) == 'i'
                && BodyExtractor.folded(text.charAt(at + 3)) == 'n';
    }

    /** The folded characters from {@code from} on, packed into one number so that a look-up allocates nothing. */
    private static long key(String text, int from) {
        long key = 0;
        for (int i = 0; i < KEY_LENGTH; i++) {
            key = key << 16 | BodyExtractor.folded(text.charAt(from + i));
        }
        return key;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
