package org.parley.link;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parley.model.Link;

/**
 * Links live apart from the article index, in {@code DATA/links/}: {@code clusters.jsonl} (one
 * {@link StatementCluster} a line), {@code links.jsonl} (one {@link Link} a line: same-statement
 * pairs, reused passages, disputes) and {@code summary.json}. A run writes a fresh directory next to
 * it and swaps it in by renames (the old directory is kept as {@code links.old-*} until the new one
 * is in place, and readers fall back to it meanwhile), so readers see the old links or the new,
 * never a mix, and re-linking never touches articles. The same directory holds the state the next
 * run continues from ({@link ReuseIndex}, {@link StatementSegments}), so links and state always match.
 */
public final class LinkStore {
  public static final String DIR = "links";
  public static final String CLUSTERS = "clusters.jsonl";
  public static final String LINKS = "links.jsonl";
  public static final String SUMMARY = "summary.json";

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private LinkStore() {}

  public static Path dir(Path dataDir) {
    return dataDir.resolve(DIR);
  }

  /** Replaces the links of {@code dataDir} with these, atomically (write aside, then rename). */
  public static void write(Path dataDir, Collection<StatementCluster> clusters, Collection<Link> links, LinkSummary summary)
      throws IOException {
    write(dataDir, clusters, links, summary, List.of());
  }

  /** What a run keeps for the next one to continue from, written into the links directory. */
  interface State {
    void write(Path linksDir) throws IOException;
  }

  /** As above, with the state the next run continues from (kept in the same directory). */
  static void write(Path dataDir, Collection<StatementCluster> clusters, Collection<Link> links, LinkSummary summary, List<State> states)
      throws IOException {
    Files.createDirectories(dataDir);
    Path target = dir(dataDir);
    Path tmp = Files.createDirectory(dataDir.resolve(DIR + ".tmp-" + System.nanoTime()));
    try {
      writeLines(tmp.resolve(CLUSTERS), clusters);
      writeLines(tmp.resolve(LINKS), links);
      for (State state : states) {
        state.write(tmp);
      }
      Files.writeString(tmp.resolve(SUMMARY), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
      Path old = null;
      if (Files.exists(target)) {
        old = dataDir.resolve(DIR + ".old-" + System.nanoTime());
        move(target, old);
      }
      move(tmp, target);
      if (old != null) {
        deleteTree(old);
      }
    } finally {
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
  }

  /** Replaces the summary of the current links (written aside, then renamed over). */
  static void writeSummary(Path dataDir, LinkSummary summary) throws IOException {
    Path dir = dir(dataDir);
    Path tmp = dir.resolve(SUMMARY + ".tmp-" + System.nanoTime());
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(tmp, dir.resolve(SUMMARY), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, dir.resolve(SUMMARY), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void writeLines(Path file, Collection<?> records) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Object r : records) {
        w.write(JSON.writeValueAsString(r));
        w.write('\n');
      }
    }
  }

  static <T> List<T> readLines(Path file, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readValue(line, type));
        }
      }
    }
    return out;
  }

  /** The links directory being replaced, while a swap is in progress; else null. */
  static Path previous(Path dataDir) throws IOException {
    if (!Files.isDirectory(dataDir)) {
      return null;
    }
    try (Stream<Path> list = Files.list(dataDir)) {
      return list.filter(p -> p.getFileName().toString().startsWith(DIR + ".old-") && Files.isDirectory(p))
          .sorted(Comparator.reverseOrder())
          .findFirst()
          .orElse(null);
    }
  }

  static LinkSummary readSummary(Path linksDir) throws IOException {
    Path f = linksDir.resolve(SUMMARY);
    return Files.exists(f) ? JSON.readValue(f.toFile(), LinkSummary.class) : null;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
