package org.peacewatch.sources;

/** How a source lists its articles. */
public enum SourceKind {
    /** RSS 0.9x/1.0/2.0 or Atom 1.0. */
    FEED,
    /** A sitemap index, urlset or Google News sitemap. */
    SITEMAP,
    /** An HTML section page whose article links a CSS selector picks out. */
    HTML_LIST
}
