package org.parley.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.ingest.IngestReport;
import org.parley.ingest.Sources;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.store.ArticleStore;

/**
 * Scaling benchmark for linking: stores the first N articles of a corpus (seeded shuffle, cleaned,
 * no NLP) with stand-in statements found by a cheap pattern ({@code "...," X said} and sentences
 * with {@code said}), then times {@link Linker#relink} at each size. The stand-ins only give the
 * clusterer and dispute finder realistic volumes; they are not extraction.
 */
public final class LinkBench {
  public record Row(int articles, long statements, LinkSummary summary, long heapUsedMb) {}

  private static final Pattern SAID =
      Pattern.compile("([^.!?\\n]{20,400}?),?[\u201d\"]? (?:(the )?([A-Z][\\w-]+(?: [A-Z][\\w-]+){0,2})|he|she|they|it) (said|says|told|added|denied|rejected)\\b");

  private LinkBench() {}

  public static List<Row> run(List<Path> inputs, List<Integer> sizes, Path workDir, Consumer<String> log) throws IOException {
    int max = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Article> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    IngestReport quiet =
        new IngestReport() {
          @Override
          public void warn(String source, String message) {}

          @Override
          public void skip(String source, String reason) {}
        };
    Sources.read(inputs, FieldMapping.DEFAULT, a -> {
      if (seen.add(a.id())) {
        all.add(a);
      }
    }, quiet);
    Collections.shuffle(all, new Random(42));
    log.accept(String.format("read %,d distinct articles", all.size()));
    Cleaner cleaner = new Cleaner();
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      int n = Math.min(size, all.size());
      Path dir = workDir.resolve("link-bench-" + n);
      long statements = 0;
      try (ArticleStore store = ArticleStore.open(dir, 1000)) {
        for (Article raw : all.subList(0, n)) {
          Article a = cleaner.clean(raw);
          List<Statement> st = standIns(a);
          statements += st.size();
          store.add(new AnnotatedArticle(a, List.of(), List.of()), st);
        }
        store.commit();
      }
      System.gc();
      LinkSummary s = new Linker().relink(dir);
      Runtime rt = Runtime.getRuntime();
      long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
      rows.add(new Row(n, statements, s, heap));
      deleteTree(dir);
      log.accept(String.format("%,7d articles %,8d statements: link %,6d ms (read %,d, cluster %,d, reuse %,d = index %,d + align %,d, disputes %,d, write %,d); %,d shingles, %,d candidate pairs, %,d passages, %,d clusters, %,d disputes, heap %,d MB",
          n, statements, s.totalMillis(), s.readMillis(), s.clusterMillis(), s.reuseMillis(), s.reuseIndexMillis(), s.reuseAlignMillis(),
          s.disputeMillis(), s.writeMillis(), s.reusePostings(), s.reuseCandidates(), s.passages(), s.clusters(), s.disputes(), heap));
      if (n < size) {
        break;
      }
    }
    if (max > all.size()) {
      log.accept(String.format("(corpus has only %,d articles)", all.size()));
    }
    Files.createDirectories(workDir);
    return rows;
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Cheap stand-in statements: "..., Name said" and "... he said" patterns. */
  static List<Statement> standIns(Article a) {
    List<Statement> out = new ArrayList<>();
    Matcher m = SAID.matcher(a.text());
    int k = 0;
    while (m.find()) {
      String content = m.group(1).strip();
      int start = m.start(1) + m.group(1).indexOf(content);
      String speaker = m.group(3);
      String cue = m.group(4);
      out.add(
          new Statement(a.id(), a.id() + "#" + (++k), StatementKind.INDIRECT, content, start, start + content.length(), speaker, null,
              speaker, -1, -1, cue, m.start(4), m.end(4), null, List.of(), null, null, 0.5));
    }
    return out;
  }
}
