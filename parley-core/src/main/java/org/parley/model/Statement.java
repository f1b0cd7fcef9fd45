package org.parley.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One attributed statement: who said what, where in the article. Spans are character offsets
 * into {@link Article#text()}, end exclusive; {@code -1} when absent. Export field names are in
 * docs/formats.md ({@code speaker_entity}, {@code cue_start}, ...).
 *
 * @param id {@code articleId#n}, n counting from 1 in text order
 * @param speaker canonical name or description of the innermost source
 * @param speakerEntity {@code e:slug} when the speaker is a resolved entity, else null
 * @param speakerMention the words naming the speaker at this statement (null when inherited)
 * @param via outer reporters, outermost first
 * @param dateText the time expression attached to the reporting verb, or null
 * @param date {@code dateText} normalised against the publication date, or null
 */
public record Statement(
    String articleId,
    String id,
    StatementKind kind,
    String content,
    int start,
    int end,
    String speaker,
    String speakerEntity,
    String speakerMention,
    int speakerStart,
    int speakerEnd,
    String cue,
    int cueStart,
    int cueEnd,
    String addressee,
    List<String> via,
    String dateText,
    LocalDate date,
    double confidence) {

  public Statement {
    via = via == null ? List.of() : List.copyOf(via);
  }
}
