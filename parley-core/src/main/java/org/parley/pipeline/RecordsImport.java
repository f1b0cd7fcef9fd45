package org.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.store.ArticleStore;

/**
 * Indexes article records that were annotated elsewhere (the {@code articles.jsonl} output of
 * {@code parley-spark}: one article per line with its junk spans, mentions and statements), with
 * no NLP: a cluster's work lands in a local index at the speed of indexing. Streams line by line;
 * articles already in the store are counted as duplicates.
 */
public final class RecordsImport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What an import did. */
  public record Summary(long read, long added, long duplicates, long statements, long failed) {}

  private RecordsImport() {}

  /** {@code input}: a JSONL file, or a folder of them ({@code *.jsonl} part files, sorted). */
  public static Summary run(Path input, ArticleStore store, IngestListener listener) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(input)) {
      try (Stream<Path> s = Files.list(input)) {
        s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().forEach(files::add);
      }
    } else {
      files.add(input);
    }
    long read = 0;
    long added = 0;
    long duplicates = 0;
    long statements = 0;
    long failed = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        int lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          read++;
          JsonNode r;
          Article article;
          try {
            r = JSON.readTree(line);
            article = article(r);
          } catch (IOException | RuntimeException e) {
            failed++;
            listener.skipped(file + "#" + lineNo, "not an article record: " + e.getMessage());
            continue;
          }
          if (store.contains(article.id())) {
            duplicates++;
            continue;
          }
          List<Statement> found = statements(r.path("statements"));
          store.add(new AnnotatedArticle(article, List.of(), mentions(r.path("mentions"))), found);
          added++;
          statements += found.size();
        }
      }
    }
    store.commit();
    return new Summary(read, added, duplicates, statements, failed);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static int integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? -1 : v.asInt();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : array) {
      out.add(v.asText());
    }
    return out;
  }

  static Article article(JsonNode r) {
    List<Span> junk = new ArrayList<>();
    for (JsonNode s : r.path("junk")) {
      junk.add(new Span(s.get("start").asInt(), s.get("end").asInt(), text(s, "label")));
    }
    String published = text(r, "published");
    String dateSource = text(r, "date_source");
    return new Article(
        text(r, "id"),
        text(r, "source"),
        text(r, "outlet"),
        text(r, "title"),
        strings(r.path("authors")),
        published == null ? null : LocalDate.parse(published),
        dateSource == null ? null : DateSource.valueOf(dateSource),
        text(r, "language"),
        text(r, "url"),
        text(r, "country"),
        text(r, "text"),
        junk);
  }

  static List<Mention> mentions(JsonNode array) {
    List<Mention> out = new ArrayList<>();
    for (JsonNode m : array) {
      String type = text(m, "type");
      out.add(
          new Mention(
              m.get("start").asInt(), m.get("end").asInt(), text(m, "text"), type == null ? null : EntityType.valueOf(type),
              text(m, "entity_id"), text(m, "entity_name")));
    }
    return out;
  }

  static List<Statement> statements(JsonNode array) {
    List<Statement> out = new ArrayList<>();
    for (JsonNode s : array) {
      String kind = text(s, "kind");
      String date = text(s, "date");
      out.add(
          new Statement(
              text(s, "article"),
              text(s, "id"),
              kind == null ? null : StatementKind.fromLabel(kind.toLowerCase(Locale.ROOT)),
              text(s, "content"),
              integer(s, "start"),
              integer(s, "end"),
              text(s, "speaker"),
              text(s, "speaker_entity"),
              text(s, "speaker_mention"),
              integer(s, "speaker_start"),
              integer(s, "speaker_end"),
              text(s, "cue"),
              integer(s, "cue_start"),
              integer(s, "cue_end"),
              text(s, "addressee"),
              strings(s.path("via")),
              text(s, "date_text"),
              date == null ? null : LocalDate.parse(date),
              s.path("confidence").asDouble()));
    }
    return out;
  }
}
