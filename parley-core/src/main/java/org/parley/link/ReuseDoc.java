package org.parley.link;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Span;

/** An article as reuse detection sees it: identity, outlet, date, text and junk spans to skip. */
public record ReuseDoc(String id, String outlet, LocalDate published, String text, List<Span> junk) {
  public ReuseDoc {
    junk = junk == null ? List.of() : List.copyOf(junk);
  }
}
