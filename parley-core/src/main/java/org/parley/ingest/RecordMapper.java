package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.DateSource;

/**
 * Turns one dataset record (field name -> value, names lower-cased) into an {@link Article}:
 * matches field names against the usual synonyms unless {@code --map} names the column.
 */
final class RecordMapper {
  /** Longest text we accept as one article; longer is a file that is not an article. */
  static final int MAX_TEXT_CHARS = 2_000_000;

  enum Field {
    TEXT("text", "body", "content", "article", "articles", "articlebody", "testo_articolo"),
    TITLE("title", "headline", "headlines", "titolo"),
    DATE(
        "date",
        "published",
        "publication_date",
        "published_at",
        "pubdate",
        "data_pubblicazione_iso",
        "datetime",
        "publishedtime",
        "date_published",
        "datepublished"),
    OUTLET("outlet", "source", "journal", "publisher", "site", "site_name", "sitename"),
    URL("url", "link"),
    AUTHORS("author", "authors", "byline", "autori"),
    ID("id"),
    LANGUAGE("language", "lang"),
    COUNTRY("country");

    final List<String> synonyms;

    Field(String... synonyms) {
      this.synonyms = List.of(synonyms);
    }

    /** The field a {@code --map} key names: its own name or any synonym; null if none. */
    static Field named(String key) {
      String k = key.strip().toLowerCase(Locale.ROOT);
      for (Field f : values()) {
        if (f.name().toLowerCase(Locale.ROOT).equals(k) || f.synonyms.contains(k)) {
          return f;
        }
      }
      return null;
    }
  }

  /** Values known from outside the record (file name, format), used when the record lacks them. */
  record Hints(String outlet, LocalDate published, String language, String country) {
    static final Hints NONE = new Hints(null, null, null, null);

    Hints withOutlet(String newOutlet) {
      return new Hints(newOutlet, published, language, country);
    }
  }

  private static final Pattern AUTHOR_SPLIT =
      Pattern.compile("\\s*(?:[,;|]|\\s&\\s|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

  private final Map<Field, String> overrides = new EnumMap<>(Field.class);
  private final List<String> unknownKeys = new ArrayList<>();

  RecordMapper(FieldMapping mapping) {
    mapping
        .overrides()
        .forEach(
            (key, column) -> {
              Field f = Field.named(key);
              if (f == null) {
                unknownKeys.add(key);
              } else if (column != null && !column.isBlank()) {
                overrides.put(f, column.strip().toLowerCase(Locale.ROOT));
              }
            });
  }

  /** {@code --map} keys that name no field we know (to warn about once). */
  List<String> unknownKeys() {
    return unknownKeys;
  }

  /** The record key (lower-case) holding {@code field}, or null when none of them does. */
  String column(Field field, Collection<String> keys) {
    String override = overrides.get(field);
    if (override != null) {
      return keys.contains(override) ? override : null;
    }
    for (String synonym : field.synonyms) {
      if (keys.contains(synonym)) {
        return synonym;
      }
    }
    return null;
  }

  String value(Field field, Map<String, String> record) {
    String column = column(field, record.keySet());
    return column == null ? null : record.get(column);
  }

  /** Text column names we look for, for skip reasons. */
  String expectedText() {
    String override = overrides.get(Field.TEXT);
    return override != null ? "'" + override + "' (--map)" : "one of " + Field.TEXT.synonyms;
  }

  /**
   * Builds the article from {@code text} and the record's metadata, or reports a skip and returns
   * null. Text is kept exactly as given; emptiness is judged on the stripped text.
   */
  /**
   * Text decoded from a binary file (an image, a PDF, an executable) is full of NULs and control
   * characters; real text, in any script, has next to none.
   */
  static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 65_536);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return controls > sample / 50;
  }

  Article build(
      String source, String text, Map<String, String> meta, Hints hints, IngestReport report) {
    if (text == null) {
      report.skip(source, "no text field (expected " + expectedText() + ")");
      return null;
    }
    if (text.strip().isEmpty()) {
      report.skip(source, "empty text");
      return null;
    }
    if (text.length() > MAX_TEXT_CHARS) {
      report.skip(
          source, "text too long (" + text.length() + " chars > " + MAX_TEXT_CHARS + ")");
      return null;
    }
    if (looksBinary(text)) {
      report.skip(source, "binary content, not text");
      return null;
    }
    String title = clean(value(Field.TITLE, meta));
    String url = clean(value(Field.URL, meta));

    LocalDate published = null;
    DateSource dateSource = DateSource.NONE;
    String rawDate = clean(value(Field.DATE, meta));
    if (rawDate != null) {
      published = Dates.parse(rawDate);
      if (published == null) {
        report.warn(source, "unparseable date '" + rawDate + "'; kept without a date");
      } else {
        dateSource = DateSource.METADATA;
      }
    }
    if (published == null && hints.published() != null) {
      published = hints.published();
      dateSource = DateSource.FILE_NAME;
    }

    String outlet = clean(value(Field.OUTLET, meta));
    if (outlet == null) {
      outlet = Outlets.fromUrl(url);
    }
    if (outlet == null) {
      outlet = hints.outlet();
    }
    String language = clean(value(Field.LANGUAGE, meta));
    if (language == null) {
      language = hints.language();
    }
    String country = clean(value(Field.COUNTRY, meta));
    if (country == null) {
      country = hints.country();
    }
    return new Article(
        ArticleId.of(text),
        source,
        outlet,
        title,
        authors(value(Field.AUTHORS, meta)),
        published,
        dateSource,
        language,
        url,
        country,
        text,
        List.of());
  }

  static List<String> authors(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String part : AUTHOR_SPLIT.split(value.strip())) {
      String name = part.strip().replaceFirst("(?i)^by\\s+", "").strip();
      if (!name.isEmpty()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  private static String clean(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }
}
