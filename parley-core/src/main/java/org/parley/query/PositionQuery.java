package org.parley.query;

import java.time.LocalDate;

/** Filters over stored positions; null ones are ignored. Dates apply to the position's date. */
public record PositionQuery(String actor, String topic, String stance, String articleId, LocalDate from, LocalDate to) {
  public static PositionQuery all() {
    return new PositionQuery(null, null, null, null, null, null);
  }
}
