package org.peacewatch.tagging.matching;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actors and topics we tag, with their aliases or keywords per language. The bundled file
 * {@value #RESOURCE} seeds the database; after that the database copy, edited over the API, is the truth.
 */
public record Taxonomy(long version, List<Actor> actors, List<Topic> topics) {

    public static final String RESOURCE = "tagging/taxonomy.json";
    static final Set<String> KINDS = Set.of("PERSON", "STATE", "ORGANISATION", "GROUP");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public Taxonomy {
        actors = actors == null ? List.of() : List.copyOf(actors);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /**
     * A person, state, organisation or group. {@code exclude} lists phrases in which an alias does not count
     * ("Washington Post" for {@code united-states}).
     */
    public record Actor(String slug, String name, String kind, String description, Map<String, List<String>> aliases,
                 List<String> exclude) {

        public Actor {
            aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }

    /**
     * A negotiation topic: keyword phrases per language, proximity rules, exclusions, and the score a text needs to
     * reach ({@code threshold}, default {@link Tagger#DEFAULT_TOPIC_THRESHOLD}).
     */
    public record Topic(String slug, String name, String description, Map<String, List<String>> keywords, List<Rule> rules,
                 List<String> exclude, Double threshold) {

        public Topic {
            keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
            rules = rules == null ? List.of() : List.copyOf(rules);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }

    /**
     * Counts one mention where every term of {@code all} occurs within {@code within} words of the first
     * ("guarantee*" near "security").
     */
    public record Rule(List<String> all, Integer within, Double weight) {

        public Rule {
            all = all == null ? List.of() : List.copyOf(all);
        }

        int window() {
            return within == null ? 6 : within;
        }

        double score() {
            return weight == null ? 1.0 : weight;
        }
    }

    public static Taxonomy bundled() {
        try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Taxonomy taxonomy = JSON.readValue(in, Taxonomy.class);
            taxonomy.actors().forEach(Taxonomy::validate);
            taxonomy.topics().forEach(Taxonomy::validate);
            return taxonomy;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    Taxonomy withVersion(long newVersion) {
        return new Taxonomy(newVersion, actors, topics);
    }

    public static void validate(Actor actor) {
        validateCommon(actor.slug(), actor.name());
        if (actor.kind() == null || !KINDS.contains(actor.kind())) {
            throw new IllegalArgumentException("Actor '" + actor.slug() + "': kind must be one of " + KINDS.stream().sorted().toList() + ".");
        }
        if (validateTerms(actor.slug(), actor.aliases()) == 0) {
            throw new IllegalArgumentException("Actor '" + actor.slug() + "' needs at least one alias.");
        }
        actor.exclude().forEach(TermPattern::parse);
    }

    public static void validate(Topic topic) {
        validateCommon(topic.slug(), topic.name());
        int terms = validateTerms(topic.slug(), topic.keywords());
        for (Rule rule : topic.rules()) {
            if (rule.all().size() < 2) {
                throw new IllegalArgumentException("Topic '" + topic.slug() + "': a rule needs at least two terms in 'all'.");
            }
            if (rule.window() < 1 || rule.window() > 50) {
                throw new IllegalArgumentException("Topic '" + topic.slug() + "': a rule's 'within' must be between 1 and 50 words.");
            }
            if (!(rule.score() > 0 && rule.score() <= 10)) {
                throw new IllegalArgumentException("Topic '" + topic.slug() + "': a rule's 'weight' must be in (0, 10].");
            }
            rule.all().forEach(TermPattern::parse);
            terms++;
        }
        if (terms == 0) {
            throw new IllegalArgumentException("Topic '" + topic.slug() + "' needs at least one keyword or rule.");
        }
        if (topic.threshold() != null && !(topic.threshold() > 0 && topic.threshold() <= 100)) {
            throw new IllegalArgumentException("Topic '" + topic.slug() + "': threshold must be in (0, 100].");
        }
        topic.exclude().forEach(TermPattern::parse);
    }

    private static void validateCommon(String slug, String name) {
        if (slug == null || slug.length() > 64 || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be lowercase letters, digits and single hyphens (at most 64), got '" + slug + "'.");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("'" + slug + "': name must be 1 to 200 characters.");
        }
    }

    private static int validateTerms(String slug, Map<String, List<String>> terms) {
        int count = 0;
        Set<String> languages = new HashSet<>();
        for (Map.Entry<String, List<String>> e : terms.entrySet()) {
            if (!LANGUAGE.matcher(e.getKey()).matches() || !languages.add(e.getKey())) {
                throw new IllegalArgumentException("'" + slug + "': '" + e.getKey() + "' is not a language code like en, uk, ru.");
            }
            for (String term : e.getValue() == null ? List.<String>of() : e.getValue()) {
                TermPattern.parse(term);
                count++;
            }
        }
        return count;
    }
}
