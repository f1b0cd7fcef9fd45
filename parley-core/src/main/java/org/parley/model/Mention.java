package org.parley.model;

/**
 * A named mention in an article: exact span, the surface text, its type and the entity it was
 * resolved to ({@code e:slug} ids; see the entity package).
 */
public record Mention(int start, int end, String text, EntityType type, String entityId, String entityName) {}
