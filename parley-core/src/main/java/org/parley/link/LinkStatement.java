package org.parley.link;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.query.StatementHit;

/** A statement with the article facts linking needs (outlet, publication date, source). */
public record LinkStatement(
    String id,
    String articleId,
    StatementKind kind,
    String content,
    int start,
    int end,
    String speaker,
    String speakerEntity,
    String cue,
    List<String> via,
    String outlet,
    LocalDate published,
    String source) {

  public LinkStatement {
    via = via == null ? List.of() : List.copyOf(via);
    content = content == null ? "" : content;
  }

  public static LinkStatement of(StatementHit hit) {
    return of(hit.statement(), hit.outlet(), hit.published(), hit.source());
  }

  public static LinkStatement of(Statement s, String outlet, LocalDate published, String source) {
    return new LinkStatement(
        s.id(), s.articleId(), s.kind(), s.content(), s.start(), s.end(), s.speaker(), s.speakerEntity(),
        s.cue(), s.via(), outlet, published, source);
  }
}
