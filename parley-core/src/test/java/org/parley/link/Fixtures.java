package org.parley.link;

import java.time.LocalDate;
import java.util.List;
import org.parley.model.StatementKind;

/** Short invented statements for link tests. */
final class Fixtures {
  private Fixtures() {}

  static LinkStatement st(
      String id, StatementKind kind, String speaker, String entity, String cue, String content, String outlet, String date) {
    String article = id.substring(0, id.indexOf('#'));
    int start = Integer.parseInt(id.substring(id.indexOf('#') + 1)) * 1000;
    return new LinkStatement(
        id, article, kind, content, start, start + content.length(), speaker, entity, cue, List.of(), outlet,
        date == null ? null : LocalDate.parse(date), "test/" + article + ".txt");
  }

  static LinkStatement direct(String id, String speaker, String content, String outlet, String date) {
    return st(id, StatementKind.DIRECT, speaker, entity(speaker), "said", content, outlet, date);
  }

  static LinkStatement indirect(String id, String speaker, String cue, String content, String outlet, String date) {
    return st(id, StatementKind.INDIRECT, speaker, entity(speaker), cue, content, outlet, date);
  }

  static String entity(String speaker) {
    return speaker == null || Character.isLowerCase(speaker.charAt(0))
        ? null
        : "e:" + speaker.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }
}
