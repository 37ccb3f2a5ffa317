package org.peacewatch.articles;

/**
 * A new article was inserted, published inside the inserting transaction: listeners that must write in that same
 * transaction (tagging) use {@code @TransactionalEventListener(phase = BEFORE_COMMIT)}, others the default
 * after-commit phase.
 */
public record ArticleStored(long articleId) {
}
