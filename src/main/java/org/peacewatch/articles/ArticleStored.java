package org.peacewatch.articles;

/** A new article was committed to the database. */
public record ArticleStored(long articleId) {
}
