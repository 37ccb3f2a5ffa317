package org.peacewatch.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org objects in a page's {@code application/ld+json} scripts that describe the article, found at the
 * top level, in arrays, inside {@code @graph} and under {@code mainEntity}. Pages ship sloppy JSON (trailing commas,
 * raw newlines in strings), so parsing is lenient and a broken script is skipped, never fatal.
 */
final class JsonLd {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "socialmediaposting",
            "satiricalarticle", "advertisercontentarticle", "askpublicnewsarticle", "posting", "medicalscholarlyarticle");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "medicalwebpage");

    /** The page says it is a live blog: a stream of dated updates rather than one article. */
    boolean liveBlog;
    /** An article object says it is not free to read ({@code isAccessibleForFree: false}), so the page holds a part. */
    boolean paywalled;
    /** Article-typed objects first, then page-typed objects, each group in document order. */
    final List<JsonNode> articles = new ArrayList<>();
    final List<JsonNode> pages = new ArrayList<>();
    String websiteName;
    /** The first datePublished of any typed object (HowTo, Recipe, Event, ...), for pages with no Article object. */
    String anyDatePublished;

    void add(String script) {
        if (script == null || script.isBlank()) {
            return;
        }
        try {
            collect(MAPPER.readTree(script.strip()), 0);
        } catch (JacksonException | IllegalArgumentException e) {
            // Broken JSON-LD is common; the other metadata sources still apply.
        }
    }

    private void collect(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        boolean article = false;
        boolean page = false;
        for (String type : types(node)) {
            article |= ARTICLE_TYPES.contains(type);
            page |= PAGE_TYPES.contains(type);
            liveBlog |= type.equals("liveblogposting");
            if (type.equals("website") && websiteName == null) {
                websiteName = string(node.get("name"));
            }
        }
        if (anyDatePublished == null) {
            anyDatePublished = string(node.get("datePublished"));
        }
        if (article) {
            JsonNode free = node.get("isAccessibleForFree");
            // Written as a boolean or as the strings "False" / "false" by different CMSs.
            paywalled |= free != null && !free.isObject() && !free.isArray() && free.asString().strip().equalsIgnoreCase("false");
            articles.add(node);
        } else if (page) {
            pages.add(node);
        }
        collect(node.get("@graph"), depth + 1);
        collect(node.get("mainEntity"), depth + 1);
        collect(node.get("mainEntityOfPage"), depth + 1);
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type == null) {
            return types;
        }
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString().toLowerCase(Locale.ROOT)));
        } else {
            types.add(type.asString().toLowerCase(Locale.ROOT));
        }
        types.replaceAll(t -> t.startsWith("http") ? t.substring(t.lastIndexOf('/') + 1) : t);
        return types;
    }

    /** The first non-blank string value of the field in the article objects (then the page objects). */
    String first(String field, boolean includePages) {
        for (JsonNode node : articles) {
            String value = string(node.get(field));
            if (value != null) {
                return value;
            }
        }
        if (includePages) {
            for (JsonNode node : pages) {
                String value = string(node.get(field));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** Names of the first article's authors (Person or Organization objects, strings, or arrays of either). */
    List<String> authors() {
        for (JsonNode node : articles) {
            List<String> names = new ArrayList<>();
            names(node.get("author"), names);
            if (names.isEmpty()) {
                names(node.get("creator"), names);
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    String publisherName() {
        for (JsonNode node : articles) {
            JsonNode publisher = node.get("publisher");
            if (publisher != null) {
                String name = publisher.isObject() ? string(publisher.get("name")) : string(publisher);
                if (name != null) {
                    return name;
                }
            }
        }
        return websiteName;
    }

    private static void names(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> names(n, out));
        } else if (node.isObject()) {
            String name = string(node.get("name"));
            if (name == null) {
                String given = string(node.get("givenName"));
                String family = string(node.get("familyName"));
                name = given == null ? family : family == null ? given : given + " " + family;
            }
            if (name != null) {
                out.add(name);
            }
        } else {
            String name = string(node);
            if (name != null && !name.startsWith("http")) {
                out.add(name);
            }
        }
    }

    private static String string(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : string(node.get(0));
        }
        if (node.isObject()) {
            return null;
        }
        String s = node.asString().strip();
        return s.isEmpty() ? null : s;
    }
}
