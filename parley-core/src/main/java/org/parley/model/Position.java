package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One position: an actor's stated demand, offer, acceptance, refusal or condition on a topic of
 * the negotiation. Export field names are in docs/formats.md ({@code statement} for {@code
 * statementId}, {@code date_text}).
 *
 * @param articleId the article's id
 * @param actor the negotiating side ("Russia", "Ukraine", "France", ...)
 * @param topic a topic id of the taxonomy ({@code neutrality_non_bloc}, ...)
 * @param speaker who said it (the statement's speaker), or null for the narrator
 * @param statementId the statement carrying it, or null when it comes from a plain sentence
 * @param evidence the words it rests on, exactly {@code text.substring(start, end)}
 * @param date the statement's date, else the article's publication date; may be null
 * @param dateText the time expression attached to the statement, or null
 */
public record Position(
    String articleId,
    String actor,
    String topic,
    Stance stance,
    String speaker,
    String statementId,
    String evidence,
    int start,
    int end,
    LocalDate date,
    String dateText) {

  public Position {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(stance, "stance");
  }
}
