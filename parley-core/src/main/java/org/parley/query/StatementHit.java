package org.parley.query;

import java.time.LocalDate;
import org.parley.model.Statement;

/** A statement with what a reader needs to place it: its article's source, outlet, date, title. */
public record StatementHit(Statement statement, String source, String outlet, LocalDate published, String title) {}
