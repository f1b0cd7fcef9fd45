package org.parley.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.clean.Cleaner;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Statement;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.statement.StatementExtractor;

/**
 * Scores statement extraction against annotated data: PolNeAR brat files (a split folder, its
 * {@code attributions} folder or one {@code .ann}) or Parley JSONL gold ({@code
 * *.statements.jsonl}, texts in {@code ../../corpus/seeds}). Entry point for {@code parley eval}.
 */
public final class AttributionEval {
  private AttributionEval() {}

  /** Runs with a fresh annotator; {@code limit} caps the number of articles (PolNeAR). */
  public static EvalReport run(Path goldDirOrFile, int limit) {
    return run(goldDirOrFile, limit, new NlpAnnotator(NlpConfig.DEFAULT), new StatementExtractor());
  }

  public static EvalReport run(Path goldDirOrFile, int limit, NlpAnnotator annotator, StatementExtractor extractor) {
    boolean polnear = GoldReaders.isPolnear(goldDirOrFile);
    List<GoldArticle> articles = polnear ? GoldReaders.readPolnear(goldDirOrFile, STRIDE > 1 ? Integer.MAX_VALUE : limit)
        : GoldReaders.readJsonl(goldDirOrFile, null);
    if (STRIDE > 1) {
      List<GoldArticle> every = new ArrayList<>();
      for (int i = 0; i < articles.size(); i += STRIDE) {
        every.add(articles.get(i));
      }
      articles = every;
    }
    if (articles.size() > limit) {
      articles = articles.subList(0, limit);
    }
    Scorer scorer = new Scorer(polnear);
    Scorer.Tally tally = new Scorer.Tally();
    Cleaner cleaner = new Cleaner();
    long nanos = 0;
    int tokens = 0;
    for (GoldArticle g : articles) {
      Article article = polnear ? g.article() : clean(cleaner, g.article());
      AnnotatedArticle annotated = AnnotationCache.annotate(annotator, article);
      long t0 = System.nanoTime();
      List<Statement> predicted = extractor.extract(annotated);
      nanos += System.nanoTime() - t0;
      tokens += annotated.tokenCount();
      scorer.score(article.text(), predicted, g.gold(), tally);
      if (DUMP) {
        dump(g, article.text(), polnear ? Scorer.joinInterruptedQuotes(article.text(), predicted) : predicted);
      }
    }
    return new EvalReport(
        goldDirOrFile.toString(), articles.size(), tokens, nanos / 1e9, tally.exact, tally.overlap, tally.source,
        tally.cue, tally.speakerCorrect, tally.speakerPairs, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tally.overlapByKind)),
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tally.exactByKind)));
  }

  /** Marks page junk; while the cleaner is not available the article is used as it is. */
  private static Article clean(Cleaner cleaner, Article article) {
    try {
      return cleaner.clean(article);
    } catch (UnsupportedOperationException e) {
      return article;
    }
  }

  private static final boolean DUMP = Boolean.getBoolean("parley.eval.dump");
  /** {@code -Dparley.eval.stride=K}: every K-th article only (a spread-out subset of a split). */
  private static final int STRIDE = Integer.getInteger("parley.eval.stride", 1);

  /** Prints gold and predicted statements side by side, for error analysis. */
  private static void dump(GoldArticle g, String text, List<Statement> predicted) {
    System.out.println("=== " + g.name());
    for (GoldStatement s : g.gold()) {
      System.out.printf("G %5d-%5d %-8s [%s] <%s> %s @%d-%d%s%n", s.start(), s.end(), s.kind(), s.speakerMention(),
          s.cue(), oneLine(text.substring(s.start(), s.end())), s.cueStart(), s.cueEnd(), s.optional() ? " OPT" : "");
    }
    for (Statement s : predicted) {
      System.out.printf("P %5d-%5d %-8s [%s=%s] <%s> %s @%d-%d%n", s.start(), s.end(), s.kind(), s.speakerMention(),
          s.speaker(), s.cue(), oneLine(s.content()), s.cueStart(), s.cueEnd());
    }
  }

  private static String oneLine(String s) {
    s = s.replace('\n', ' ');
    return s.length() > 110 ? s.substring(0, 110) + "..." : s;
  }

  /** {@code AttributionEval GOLD [--limit N]}: prints the figures table. */
  public static void main(String[] args) {
    List<String> rest = new ArrayList<>();
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--limit") && i + 1 < args.length) {
        limit = Integer.parseInt(args[++i]);
      } else {
        rest.add(args[i]);
      }
    }
    if (rest.size() != 1) {
      System.err.println("usage: AttributionEval GOLD_DIR_OR_FILE [--limit N]");
      System.exit(2);
    }
    System.out.print(run(Path.of(rest.get(0)), limit).format());
  }
}
