package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as Parley stores it. {@code text} is exactly the text every offset refers to (for a
 * plain {@code .txt} input, the file's own text); page junk is not cut out but marked in {@code
 * junk}, so offsets never move.
 *
 * @param id content hash of the normalised text (see {@link ArticleId})
 * @param source where it came from: a path, optionally with {@code #record} for datasets, or a URL
 */
public record Article(
    String id,
    String source,
    String outlet,
    String title,
    List<String> authors,
    LocalDate published,
    DateSource dateSource,
    String language,
    String url,
    String country,
    String text,
    List<Span> junk) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
    junk = junk == null ? List.of() : List.copyOf(junk);
    dateSource = dateSource == null ? DateSource.NONE : dateSource;
  }

  public Article withJunk(List<Span> junkSpans) {
    return new Article(
        id, source, outlet, title, authors, published, dateSource, language, url, country, text,
        junkSpans);
  }

  public Article withOutlet(String newOutlet) {
    return new Article(
        id, source, newOutlet, title, authors, published, dateSource, language, url, country, text, junk);
  }

  /** True when the character range lies (at least partly) in page junk. */
  public boolean inJunk(int start, int end) {
    for (Span span : junk) {
      if (span.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** The article body without junk spans: what search indexes and {@code extract} prints. */
  public String cleanText() {
    if (junk.isEmpty()) {
      return text.strip();
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Span span : junk.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList()) {
      if (span.start() > at) {
        out.append(text, at, span.start());
      }
      at = Math.max(at, span.end());
    }
    if (at < text.length()) {
      out.append(text, at, text.length());
    }
    return out.toString().strip();
  }
}
