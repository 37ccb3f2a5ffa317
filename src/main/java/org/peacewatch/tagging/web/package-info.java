/**
 * The tagging module's HTTP endpoints: admin CRUD of single actors and topics ({@code /api/v1/actors},
 * {@code /api/v1/topics}), tag preview, re-tagging on demand and job progress ({@code /api/v1/tagging/...},
 * {@code /api/v1/jobs/{id}}). Publishes nothing: no other package depends on this one.
 */
package org.peacewatch.tagging.web;
