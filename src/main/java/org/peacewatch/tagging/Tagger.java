package org.peacewatch.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds taxonomy entries in a title and body. Title mentions weigh more than body mentions. */
final class Tagger {

    private record Compiled(Taxonomy.Entry entry, List<Pattern> patterns) {
    }

    private static final double TITLE_WEIGHT = 3.0;

    private final List<Compiled> actors;
    private final List<Compiled> topics;

    Tagger(Taxonomy taxonomy) {
        this.actors = compile(taxonomy.actors());
        this.topics = compile(taxonomy.topics());
    }

    List<Tag> actors(String title, String text) {
        return match(actors, title, text);
    }

    List<Tag> topics(String title, String text) {
        return match(topics, title, text);
    }

    private static List<Compiled> compile(List<Taxonomy.Entry> entries) {
        List<Compiled> compiled = new ArrayList<>();
        for (Taxonomy.Entry entry : entries) {
            List<Pattern> patterns = new ArrayList<>();
            entry.terms().values().forEach(terms -> terms.forEach(term -> patterns.add(
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))));
            compiled.add(new Compiled(entry, patterns));
        }
        return compiled;
    }

    private static List<Tag> match(List<Compiled> compiled, String title, String text) {
        String safeTitle = title == null ? "" : title;
        String safeText = text == null ? "" : text;
        List<Tag> tags = new ArrayList<>();
        for (Compiled c : compiled) {
            int titleMentions = 0;
            int bodyMentions = 0;
            int firstBodyOffset = -1;
            for (Pattern p : c.patterns()) {
                titleMentions += count(p.matcher(safeTitle));
                Matcher m = p.matcher(safeText);
                while (m.find()) {
                    bodyMentions++;
                    if (firstBodyOffset < 0 || m.start() < firstBodyOffset) {
                        firstBodyOffset = m.start();
                    }
                }
            }
            if (titleMentions + bodyMentions > 0) {
                String evidence = firstBodyOffset >= 0 ? sentenceAround(safeText, firstBodyOffset) : safeTitle;
                tags.add(new Tag(c.entry().slug(), titleMentions + bodyMentions,
                        titleMentions * TITLE_WEIGHT + bodyMentions, evidence));
            }
        }
        return tags;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String sentenceAround(String text, int offset) {
        int start = offset;
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = offset;
        while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, Math.min(text.length(), end + 1)).trim();
    }
}
