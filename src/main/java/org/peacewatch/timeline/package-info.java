/**
 * Coverage over time: bucketed article counts filtered by actor, topic and source. Heavy read SQL only; owns no
 * tables of its own.
 */
package org.peacewatch.timeline;
