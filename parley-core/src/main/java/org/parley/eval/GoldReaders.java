package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.DateSource;
import org.parley.model.StatementKind;

/**
 * Reads gold data: Parley's JSONL format ({@code <stem>.statements.jsonl}, spans into {@code
 * corpus/seeds/<stem>.txt}) and PolNeAR brat files ({@code <split>/attributions/*.ann} over {@code
 * <split>/text/*.txt}, first annotator per article).
 */
public final class GoldReaders {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReaders() {}

  /** True when the path is a PolNeAR split (or its attributions folder, or one .ann file). */
  public static boolean isPolnear(Path path) {
    return path.toString().endsWith(".ann") || Files.isDirectory(path.resolve("attributions"))
        || path.getFileName().toString().equals("attributions");
  }

  /**
   * Parley gold: a {@code .statements.jsonl} file or a folder of them. Article texts are looked up
   * in {@code corpusDir} ({@code <stem>.txt}); when null, {@code ../../corpus/seeds} from the gold.
   */
  public static List<GoldArticle> readJsonl(Path goldDirOrFile, Path corpusDir) {
    List<Path> files = list(goldDirOrFile, ".statements.jsonl");
    List<GoldArticle> out = new ArrayList<>();
    for (Path file : files) {
      String stem = file.getFileName().toString().replace(".statements.jsonl", "");
      Path dir = corpusDir != null ? corpusDir
          : file.toAbsolutePath().getParent().getParent().getParent().resolve("corpus").resolve("seeds");
      String text = readString(dir.resolve(stem + ".txt"));
      List<GoldStatement> gold = new ArrayList<>();
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = JSON.readTree(line);
          int start = n.get("start").asInt();
          int end = n.get("end").asInt();
          String mention = textOrNull(n, "speaker_mention");
          String cue = textOrNull(n, "cue");
          int[] ms = locate(text, mention, start, end);
          int[] cs = locate(text, cue, start, end);
          gold.add(new GoldStatement(
              StatementKind.fromLabel(textOrNull(n, "kind")), List.of(new int[] {start, end}),
              textOrNull(n, "speaker"), mention, ms[0], ms[1], cue, cs[0], cs[1],
              n.path("optional").asBoolean(false)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Article article = new Article(ArticleId.of(text), dir.resolve(stem + ".txt").toString(), null, null, null,
          null, null, "en", null, null, text, List.of());
      out.add(new GoldArticle(stem, article, gold));
    }
    return out;
  }

  /** PolNeAR: the first annotator's file per article, at most {@code limit} articles in name order. */
  public static List<GoldArticle> readPolnear(Path path, int limit) {
    Path split = path.toString().endsWith(".ann") ? path.toAbsolutePath().getParent().getParent()
        : path.getFileName().toString().equals("attributions") ? path.toAbsolutePath().getParent() : path;
    List<Path> anns = path.toString().endsWith(".ann") ? List.of(path) : list(split.resolve("attributions"), ".ann");
    Map<String, Path> firstPerArticle = new LinkedHashMap<>();
    for (Path ann : anns) {
      firstPerArticle.putIfAbsent(PolnearCorpus.articleStem(ann), ann);
    }
    Map<String, LocalDate> published = polnearDates(split.getParent().resolve("metadata.tsv"));
    List<GoldArticle> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : firstPerArticle.entrySet()) {
      if (out.size() >= limit) {
        break;
      }
      Path txt = split.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.exists(txt)) {
        continue;
      }
      String text = readString(txt);
      List<GoldStatement> gold = new ArrayList<>();
      for (BratReader.BratAttribution a : BratReader.read(e.getValue())) {
        String content = text.substring(a.content().start(), a.content().end());
        StatementKind kind = kindOf(content);
        gold.add(new GoldStatement(
            kind, a.content().fragments(), null,
            a.source() == null ? null : text.substring(a.source().start(), a.source().end()),
            a.source() == null ? -1 : a.source().start(), a.source() == null ? -1 : a.source().end(),
            a.cue() == null ? null : text.substring(a.cue().start(), a.cue().end()),
            a.cue() == null ? -1 : a.cue().start(), a.cue() == null ? -1 : a.cue().end(),
            BELIEFS_DONT_CARE && a.cue() != null && isBeliefCue(text.substring(a.cue().start(), a.cue().end()))));
      }
      LocalDate date = published.get(e.getKey());
      Article article = new Article(ArticleId.of(text), txt.toString(), null, null, null, date,
          date == null ? DateSource.NONE : DateSource.METADATA, "en", null, null, text, List.of());
      out.add(new GoldArticle(e.getKey(), article, gold));
    }
    return out;
  }

  /**
   * PolNeAR marks beliefs, wishes and thoughts as attributions ("Trump believes ...", "voters
   * want ..."); Parley's statements are things said (docs/attribution.md), so by default those gold
   * attributions are don't-care (optional): neither missed nor matched. {@code
   * -Dparley.eval.beliefs=count} counts them like any other, for the raw PolNeAR figure.
   */
  static final boolean BELIEFS_DONT_CARE = !"count".equals(System.getProperty("parley.eval.beliefs"));

  private static final java.util.Set<String> BELIEF_WORDS = beliefWords();

  private static java.util.Set<String> beliefWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String lemma : List.of("believe", "think", "want", "hope", "expect", "feel", "know", "fear", "worry",
        "wish", "assume", "doubt", "suspect", "seem", "appear", "plan", "intend", "prefer", "like", "realize",
        "understand", "consider", "imagine", "trust", "guess", "suppose", "sense", "remember", "forget",
        "desire", "dream", "envision", "anticipate", "reckon")) {
      out.add(lemma);
      out.add(lemma + "s");
      out.add(lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
      out.add(lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) + "ing" : lemma + "ing");
    }
    out.addAll(List.of("worries", "worried", "thought", "knew", "known", "felt", "understood", "forgot",
        "forgotten", "envisioned", "planned", "planning", "dreamt", "dreamed", "hopeful", "belief", "beliefs",
        "view", "views", "fears", "hopes", "opinion", "assumption"));
    return out;
  }

  /** True when a PolNeAR cue is a verb of belief or wish ("believes", "is expected", "wants"). */
  static boolean isBeliefCue(String cue) {
    String[] words = cue.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+");
    for (String w : words) {
      if (BELIEF_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** PolNeAR gives no kind: quoted throughout is direct, partly quoted mixed, else indirect. */
  static StatementKind kindOf(String content) {
    String c = content.strip();
    if (c.isEmpty()) {
      return StatementKind.INDIRECT;
    }
    boolean opens = "\"\u201c".indexOf(c.charAt(0)) >= 0;
    long marks = c.chars().filter(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d').count();
    if (opens && marks <= 2) {
      return StatementKind.DIRECT;
    }
    return marks > 0 ? StatementKind.MIXED : StatementKind.INDIRECT;
  }

  private static Map<String, LocalDate> polnearDates(Path metadata) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    if (!Files.exists(metadata)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(metadata, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length > 5 && cols[5].matches("\\d{4}-\\d{2}-\\d{2}")) {
          out.put(cols[1], LocalDate.parse(cols[5]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The occurrence of {@code needle} closest to the content span, or {-1, -1}. */
  static int[] locate(String text, String needle, int start, int end) {
    if (needle == null || needle.isBlank()) {
      return new int[] {-1, -1};
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (at >= start && at < end) {
        continue;
      }
      int distance = at < start ? start - at : at - end;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = at;
      }
    }
    return best < 0 || bestDistance > 600 ? new int[] {-1, -1} : new int[] {best, best + needle.length()};
  }

  private static String textOrNull(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dirOrFile, String suffix) {
    if (!Files.isDirectory(dirOrFile)) {
      return List.of(dirOrFile);
    }
    try (Stream<Path> s = Files.list(dirOrFile)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
