package org.parley.query;

import java.time.LocalDate;
import org.parley.model.Position;

/** A position with its article's source, outlet and date. */
public record PositionHit(Position position, String source, String outlet, LocalDate published, String title) {}
