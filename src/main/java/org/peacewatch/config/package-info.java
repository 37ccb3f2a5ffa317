/**
 * Cross-cutting wiring only: bearer-token security for writes, RFC 9457 problem details for every error, the
 * {@link java.time.Clock} bean, and the OpenAPI description. Owns no domain data and publishes nothing.
 */
package org.peacewatch.config;
