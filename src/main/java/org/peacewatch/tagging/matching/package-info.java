/**
 * The matching engine, with no Spring, database or I/O beyond reading the bundled taxonomy: the in-memory
 * {@link org.peacewatch.tagging.matching.Taxonomy} (actors, topics, aliases, keywords, rules, validation), and
 * {@link org.peacewatch.tagging.matching.Tagger}, which tags a title and text in one pass over a folded-text
 * automaton and answers a {@link org.peacewatch.tagging.matching.Tagging} of
 * {@link org.peacewatch.tagging.matching.Tag}s with evidence. Everything else here (folding, term patterns, the
 * automaton, sentence bounds, language guess) is package-private.
 */
package org.peacewatch.tagging.matching;
