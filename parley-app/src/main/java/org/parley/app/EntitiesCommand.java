package org.parley.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.entity.AliasTable;
import org.parley.entity.Entity;
import org.parley.entity.EntityLinker;
import org.parley.model.EntityType;
import org.parley.query.ArticleSearcher;
import org.parley.query.EntityQueries;
import org.parley.store.ArticleStore;
import org.parley.store.RelinkSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Canonical entities with aliases and counts; who appears with whom (--with); mentions per day (--timeline).",
      "Edit DATA/aliases.tsv to add aliases, merge, split or delete entities, then run --relink."
    })
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--type", description = "PERSON, ORG, PLACE, EVENT, DOCUMENT or MISC") EntityType type;

  @Option(names = "--format", defaultValue = "text", description = "text, jsonl or csv") Format format;

  @Option(names = "--limit", defaultValue = "50", description = "at most this many rows (default 50)") int limit;

  @Option(
      names = "--relink",
      description = "first re-link stored mentions with the current alias table (no NLP is run)")
  boolean relink;

  @Option(names = "--with", paramLabel = "ENTITY", description = "entities appearing in the same articles as ENTITY (name, alias or e:id)")
  String with;

  @Option(names = "--timeline", paramLabel = "ENTITY", description = "mentions of ENTITY per day")
  String timeline;

  enum Format {
    text,
    jsonl,
    csv
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new IllegalArgumentException("--limit must not be negative");
    }
    if (with != null && timeline != null) {
      throw new IllegalArgumentException("use --with or --timeline, not both");
    }
    if (relink) {
      relink(data.dir, System.err);
    }
    try (ArticleSearcher searcher = ArticleSearcher.open(data.dir)) {
      EntityQueries q = new EntityQueries(searcher);
      if (q.count() == 0) {
        System.err.println("parley: no entity catalogue yet: run parley entities --relink");
      }
      if (with != null) {
        printWith(q, with, System.out);
      } else if (timeline != null) {
        printTimeline(q, timeline, System.out);
      } else {
        print(q.list(type, limit), System.out);
      }
    }
    return 0;
  }

  /** Re-links the stored mentions of a data directory, reporting on {@code err}. */
  static RelinkSummary relink(Path dataDir, PrintStream err) throws IOException {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      return relink(store, dataDir, err);
    }
  }

  /** Re-links with an open store (ingest calls this at its end). */
  static RelinkSummary relink(ArticleStore store, Path dataDir, PrintStream err) throws IOException {
    AliasTable table = AliasTable.load(dataDir);
    for (String problem : table.problems()) {
      err.println("parley: " + problem);
    }
    RelinkSummary s = store.relink(new EntityLinker(table));
    err.printf(
        "entities: relinked %,d articles (%,d changed), %,d entities, in %.1f s%n",
        s.articles(), s.changed(), s.entities(), s.millis() / 1000.0);
    return s;
  }

  private void print(List<Entity> entities, PrintStream out) throws IOException {
    switch (format) {
      case jsonl -> {
        for (Entity e : entities) {
          out.println(Json.write(json(e)));
        }
      }
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("id", "name", "type", "aliases", "mentions", "articles");
        for (Entity e : entities) {
          csv.printRecord(e.id(), e.name(), e.type(), String.join("|", e.aliases()), e.mentions(), e.articles());
        }
        csv.flush();
      }
      default -> {
        for (Entity e : entities) {
          out.printf("%-8s %6d mentions %5d articles  %s  (%s)%n", e.type(), e.mentions(), e.articles(), e.name(), e.id());
          if (!e.aliases().isEmpty()) {
            List<String> shown = e.aliases().size() > 12 ? e.aliases().subList(0, 12) : e.aliases();
            out.println("         aka " + String.join(", ", shown) + (e.aliases().size() > 12 ? ", ..." : ""));
          }
        }
      }
    }
  }

  private static Map<String, Object> json(Entity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("type", e.type());
    m.put("aliases", e.aliases());
    m.put("mentions", e.mentions());
    m.put("articles", e.articles());
    return m;
  }

  private static String resolveOne(EntityQueries q, String nameOrId) throws IOException {
    Set<String> ids = q.resolve(nameOrId);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("no entity " + nameOrId);
    }
    return ids.iterator().next();
  }

  private void printWith(EntityQueries q, String nameOrId, PrintStream out) throws IOException {
    String id = resolveOne(q, nameOrId);
    Map<String, Long> co = q.cooccurring(id, limit);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> e : co.entrySet()) {
      Optional<Entity> other = q.get(e.getKey());
      if (type != null && other.map(o -> o.type() != type).orElse(true)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.getKey());
      row.put("name", other.map(Entity::name).orElse(null));
      row.put("type", other.map(Entity::type).orElse(null));
      row.put("articles", e.getValue());
      rows.add(row);
    }
    switch (format) {
      case jsonl -> rows.forEach(r -> out.println(Json.write(r)));
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("id", "name", "type", "articles");
        for (Map<String, Object> r : rows) {
          csv.printRecord(r.values());
        }
        csv.flush();
      }
      default -> {
        out.println("appearing with " + q.get(id).map(Entity::name).orElse(id) + " (" + id + "), articles in common:");
        for (Map<String, Object> r : rows) {
          out.printf("%6d  %s  (%s)%n", (Long) r.get("articles"), r.get("name"), r.get("id"));
        }
      }
    }
  }

  private void printTimeline(EntityQueries q, String nameOrId, PrintStream out) throws IOException {
    String id = resolveOne(q, nameOrId);
    SortedMap<LocalDate, Long> days = q.timeline(id);
    switch (format) {
      case jsonl -> days.forEach(
          (d, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", d.toString());
            row.put("mentions", n);
            out.println(Json.write(row));
          });
      case csv -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord("date", "mentions");
        for (Map.Entry<LocalDate, Long> e : days.entrySet()) {
          csv.printRecord(e.getKey(), e.getValue());
        }
        csv.flush();
      }
      default -> {
        out.println("mentions per day of " + q.get(id).map(Entity::name).orElse(id) + " (" + id + "):");
        days.forEach((d, n) -> out.printf("%s %6d%n", d, n));
      }
    }
  }
}
