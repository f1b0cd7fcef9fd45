package org.parley.ingest;

import java.util.Map;

/**
 * User overrides of dataset column names ({@code --map text=col,title=col}); field -> column. Empty
 * means: match the usual synonyms.
 */
public record FieldMapping(Map<String, String> overrides) {
  public static final FieldMapping DEFAULT = new FieldMapping(Map.of());

  public FieldMapping {
    overrides = Map.copyOf(overrides);
  }
}
