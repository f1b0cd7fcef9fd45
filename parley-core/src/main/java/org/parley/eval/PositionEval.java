package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.clean.Cleaner;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.position.PositionExtractor;
import org.parley.statement.StatementExtractor;

/**
 * Scores positions against the seeds-dev gold ({@code positions.jsonl}): precision, recall and F1
 * on distinct (article, actor, topic, stance) tuples. Gold records marked {@code optional} are
 * don't-care: predicting them is neither rewarded nor punished. Entry point for {@code parley eval
 * positions}.
 */
public final class PositionEval {
  private PositionEval() {}

  /** The unit of scoring. {@code article} is the seed file stem ({@code 000_6a37db9eb04b912a}). */
  public record Tuple(String article, String actor, String topic, Stance stance) implements Comparable<Tuple> {
    @Override
    public int compareTo(Tuple o) {
      return toString().compareTo(o.toString());
    }

    @Override
    public String toString() {
      return article + " " + actor + " " + topic + " " + stance.label();
    }
  }

  /** Gold tuples: required ones and don't-care (optional only) ones. */
  public record Gold(Set<Tuple> required, Set<Tuple> optional, Set<String> articles) {}

  /** The outcome: overall and per-article counts, with the tuples behind them. */
  public record Report(String gold, Prf overall, Map<String, Prf> byArticle, Set<Tuple> truePositives,
      Set<Tuple> falsePositives, Set<Tuple> falseNegatives, Map<String, List<Position>> predicted) {

    public double f1() {
      return overall.f1();
    }

    public String format() {
      StringBuilder out = new StringBuilder();
      out.append("Positions: ").append(gold).append('\n');
      out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   %5s %5s%n", "(actor, topic, stance)", "P", "R", "F1",
          "pred", "gold"));
      out.append(overall.row("all")).append('\n');
      for (Map.Entry<String, Prf> e : byArticle.entrySet()) {
        out.append(e.getValue().row(e.getKey().length() > 22 ? e.getKey().substring(0, 22) : e.getKey())).append('\n');
      }
      out.append('\n');
      for (Tuple t : truePositives) {
        out.append("  ok    ").append(t).append('\n');
      }
      for (Tuple t : falsePositives) {
        out.append("  extra ").append(t).append(evidence(t)).append('\n');
      }
      for (Tuple t : falseNegatives) {
        out.append("  miss  ").append(t).append('\n');
      }
      return out.toString();
    }

    private String evidence(Tuple t) {
      for (Position p : predicted.getOrDefault(t.article(), List.of())) {
        if (p.actor().equals(t.actor()) && p.topic().equals(t.topic()) && p.stance() == t.stance()) {
          String e = p.evidence().replaceAll("\\s+", " ");
          return "  <- " + (e.length() > 100 ? e.substring(0, 100) + "..." : e);
        }
      }
      return "";
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the gold file: one JSON object per line with article, actor, topic, stance, optional. */
  public static Gold readGold(Path goldFile) {
    Set<Tuple> required = new TreeSet<>();
    Set<Tuple> optional = new TreeSet<>();
    Set<String> articles = new LinkedHashSet<>();
    try {
      for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        Tuple t = new Tuple(n.get("article").asText(), n.get("actor").asText(), n.get("topic").asText(),
            Stance.fromLabel(n.get("stance").asText()));
        articles.add(t.article());
        if (n.path("optional").asBoolean(false)) {
          optional.add(t);
        } else {
          required.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    optional.removeAll(required);
    return new Gold(required, optional, articles);
  }

  /** Pure scoring: predicted positions per article stem against the gold. */
  public static Report score(String goldName, Gold gold, Map<String, List<Position>> predictedByStem) {
    Map<String, Prf> byArticle = new TreeMap<>();
    Set<Tuple> tp = new TreeSet<>();
    Set<Tuple> fp = new TreeSet<>();
    Set<Tuple> fn = new TreeSet<>();
    Prf overall = Prf.ZERO;
    for (String stem : gold.articles()) {
      Set<Tuple> predicted = new TreeSet<>();
      for (Position p : predictedByStem.getOrDefault(stem, List.of())) {
        predicted.add(new Tuple(stem, p.actor(), p.topic(), p.stance()));
      }
      predicted.removeAll(gold.optional());
      Set<Tuple> goldHere = new TreeSet<>();
      for (Tuple t : gold.required()) {
        if (t.article().equals(stem)) {
          goldHere.add(t);
        }
      }
      int hits = 0;
      for (Tuple t : predicted) {
        if (goldHere.contains(t)) {
          hits++;
          tp.add(t);
        } else {
          fp.add(t);
        }
      }
      for (Tuple t : goldHere) {
        if (!predicted.contains(t)) {
          fn.add(t);
        }
      }
      Prf prf = new Prf(hits, predicted.size(), hits, goldHere.size());
      byArticle.put(stem, prf);
      overall = overall.plus(prf);
    }
    return new Report(goldName, overall, byArticle, tp, fp, fn, predictedByStem);
  }

  /** Runs the whole pipeline on the gold's seed texts ({@code ../../corpus/seeds} from the gold file). */
  public static Report run(Path goldFile) {
    return run(goldFile, null, new NlpAnnotator(NlpConfig.DEFAULT), new StatementExtractor(), new PositionExtractor());
  }

  /** As {@link #run(Path)} with the given parts; {@code seedsDir} null = next to the gold. */
  public static Report run(Path goldFile, Path seedsDir, NlpAnnotator annotator, StatementExtractor statements,
      PositionExtractor positions) {
    Gold gold = readGold(goldFile);
    Path dir = seedsDir != null ? seedsDir : defaultSeedsDir(goldFile);
    Map<String, List<Position>> predicted = new LinkedHashMap<>();
    Cleaner cleaner = new Cleaner();
    for (String stem : gold.articles()) {
      Article article = readSeed(cleaner, dir.resolve(stem + ".txt"));
      AnnotatedArticle annotated = annotator.annotate(article);
      List<Statement> found = statements.extract(annotated);
      predicted.put(stem, new ArrayList<>(positions.extract(annotated, found)));
    }
    return score(goldFile.toString(), gold, predicted);
  }

  /** {@code <gold dir>/../../corpus/seeds}. */
  public static Path defaultSeedsDir(Path goldFile) {
    return goldFile.toAbsolutePath().getParent().getParent().getParent().resolve("corpus").resolve("seeds");
  }

  /** A seed text as an article, cleaned (junk marked), the way the gold was annotated. */
  public static Article readSeed(Cleaner cleaner, Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return cleaner.clean(new Article(ArticleId.of(text), file.toString(), null, null, null, null, null, "en", null,
          null, text, List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void main(String[] args) {
    Path gold = Path.of(args.length > 0 ? args[0] : "../shared/attribution/seeds-dev/positions.jsonl");
    System.out.print(run(gold).format());
  }
}
