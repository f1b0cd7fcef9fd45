package org.parley.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.DateSource;

/**
 * An article's publication date when its metadata has none: the latest absolute date the text
 * gives ("March 3, 2022", "3 March 2022", "2022-03-03"; not in the future, not before 1990), moved
 * forward to the latest weekday the text reports as past within the following three days ("On
 * Thursday, ... said" after "March 1" means the article is from Thursday March 3 or later).
 * Marked {@link DateSource#INFERRED}. Articles with a date are returned as they are.
 */
public final class PublicationDates {
  private static final Pattern FUTURE =
      Pattern.compile("\\b(?:will|would|shall|next|coming|plans?|planned|scheduled|expected|due|upcoming|until|by)\\b");
  /**
   * How far a weekday may move the date past the latest absolute one: "on Monday" four or more days
   * later is as likely to be the Monday before it.
   */
  private static final int MAX_WEEKDAY_SHIFT = 3;

  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

  private PublicationDates() {}

  /** The article with its publication date inferred from the text when it had none. */
  public static Article infer(Article article) {
    return infer(article, LocalDate.now(ZoneOffset.UTC));
  }

  /** As {@link #infer(Article)}, with "now" given (dates after {@code today} are ignored). */
  public static Article infer(Article article, LocalDate today) {
    if (article == null || article.published() != null) {
      return article;
    }
    LocalDate date = inferDate(article.text(), today, article);
    if (date == null) {
      return article;
    }
    return new Article(
        article.id(),
        article.source(),
        article.outlet(),
        article.title(),
        article.authors(),
        date,
        DateSource.INFERRED,
        article.language(),
        article.url(),
        article.country(),
        article.text(),
        article.junk());
  }

  /** The inferred date of a text, or null when it gives no absolute date. */
  public static LocalDate inferDate(String text, LocalDate today) {
    return inferDate(text, today, null);
  }

  private static LocalDate inferDate(String text, LocalDate today, Article article) {
    List<TimeExpressions.Found> found = TimeExpressions.find(text, null);
    LocalDate latest = null;
    for (TimeExpressions.Found f : found) {
      if (!f.absolute() || (article != null && article.inJunk(f.start(), f.end()))) {
        continue;
      }
      LocalDate d = f.date();
      if (d.isBefore(EARLIEST) || d.isAfter(today)) {
        continue;
      }
      if (latest == null || d.isAfter(latest)) {
        latest = d;
      }
    }
    if (latest == null) {
      return null;
    }
    LocalDate best = latest;
    for (TimeExpressions.Found f : TimeExpressions.find(text, null)) {
      if (f.absolute() || !f.text().matches("(?i:on|last)\\s+\\p{L}+day.*|\\p{Lu}\\p{L}+day")) {
        continue;
      }
      if (article != null && article.inJunk(f.start(), f.end())) {
        continue;
      }
      if (FUTURE.matcher(sentence(text, f.start())).find()) {
        continue;
      }
      // The weekday reported as past, on or after the latest date: the article is at least that day.
      LocalDate next = TimeExpressions.normalise(f.text().replaceFirst("(?i)^last\\s+", ""), latest.plusDays(MAX_WEEKDAY_SHIFT));
      if (next != null && !next.isBefore(latest) && !next.isAfter(today) && next.isAfter(best)) {
        best = next;
      }
    }
    return best;
  }

  private static String sentence(String text, int at) {
    int start = at;
    while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = at;
    while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(start, end);
  }
}
