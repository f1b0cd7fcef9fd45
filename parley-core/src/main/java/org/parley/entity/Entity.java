package org.parley.entity;

import java.util.List;
import org.parley.model.EntityType;

/**
 * A canonical entity over the corpus, as {@code parley entities} lists it (formats.md): id, name,
 * type, the other names it goes by (most used first), mentions and articles that mention it.
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, long mentions, long articles) {
  public Entity {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
