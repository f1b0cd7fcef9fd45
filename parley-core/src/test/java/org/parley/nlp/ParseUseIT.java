package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Statement;
import org.parley.model.Token;
import org.parley.pipeline.Benchmark;
import org.parley.statement.StatementExtractor;

/**
 * How much of the parsing statement extraction uses: of the sentences the filter sends to the
 * parser, how many hold the cue of an extracted statement, per cue lemma that let them in. Prints
 * the figures for docs/performance.md (is the cue list wider than extraction needs?), and the
 * statements of narrower rules against the reference rule; asserts only that the measurement ran.
 */
class ParseUseIT {
  @Test
  void parsedSentencesAgainstTheCuesOfExtractedStatements() throws Exception {
    // mvn -pl parley-core verify -Dit.test=ParseUseIT -Dparley.measure=true
    assumeTrue(Boolean.getBoolean("parley.measure"), "a measurement: -Dparley.measure=true runs it");
    String shared = System.getProperty("parley.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "corpus", "ukraine")), "no ../shared/corpus");
    Path corpus = Path.of(shared, "corpus");
    List<Path> inputs = new ArrayList<>();
    // a spread over time and topics, not the first files the other ITs read
    Map<String, Integer> every = Map.of("ukraine/gdelt-2022-2024", 5, "general/bbc-2004-2005", 40);
    for (Map.Entry<String, Integer> dir : new TreeMap<>(every).entrySet()) {
      try (Stream<Path> files = Files.walk(corpus.resolve(dir.getKey()))) {
        List<Path> all = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        for (int i = 3; i < all.size(); i += dir.getValue()) {
          inputs.add(all.get(i));
        }
      }
    }
    List<Article> articles = Benchmark.sample(inputs, 150);
    ParseFilter filter = ParseFilter.fromResource();
    Set<String> cues = filter.cueLemmas();
    // the reference is the default rule; narrower rules are compared with it
    NlpAnnotator annotator = new NlpAnnotator(NlpConfig.DEFAULT, filter);
    List<ParseFilter.Rule> rules = List.of(ParseFilter.Rule.VERB_OR_COMMON_NOUN, ParseFilter.Rule.VERB);
    List<NlpAnnotator> others = new ArrayList<>();
    for (ParseFilter.Rule r : rules) {
      others.add(new NlpAnnotator(NlpConfig.DEFAULT, filter.with(r)));
    }
    long[][] ruleCounts = new long[rules.size()][3]; // parsed tokens, statements, identical
    StatementExtractor extractor = new StatementExtractor();
    long sentences = 0;
    long tokens = 0;
    long parsed = 0;
    long parsedTokens = 0;
    long used = 0;
    long usedTokens = 0;
    long statements = 0;
    long nounOnly = 0;
    long nounOnlyTokens = 0;
    long nounOnlyUsed = 0;
    Map<String, long[]> byLemma = new TreeMap<>(); // lemma -> {parsed sentences, used}
    for (Article article : articles) {
      AnnotatedArticle a = annotator.annotate(article);
      List<Statement> found = extractor.extract(a);
      statements += found.size();
      for (int r = 0; r < rules.size(); r++) {
        AnnotatedArticle o = others.get(r).annotate(article);
        List<Statement> fromOther = extractor.extract(o);
        List<Statement> left = new ArrayList<>(found);
        ruleCounts[r][0] += o.sentences().stream().filter(Sentence::parsed).mapToLong(x -> x.tokens().size()).sum();
        ruleCounts[r][1] += fromOther.size();
        ruleCounts[r][2] += fromOther.stream().filter(left::remove).count();
      }
      for (Sentence s : a.sentences()) {
        sentences++;
        tokens += s.tokens().size();
        if (!s.parsed()) {
          continue;
        }
        parsed++;
        parsedTokens += s.tokens().size();
        boolean hasCue = found.stream().anyMatch(st -> st.cueStart() >= s.start() && st.cueStart() < s.end());
        if (hasCue) {
          used++;
          usedTokens += s.tokens().size();
        }
        Set<String> triggers = triggers(s, cues);
        if (!triggers.isEmpty() && triggers.stream().allMatch(t -> t.endsWith("/N"))) {
          nounOnly++;
          nounOnlyTokens += s.tokens().size();
          nounOnlyUsed += hasCue ? 1 : 0;
        }
        for (String lemma : triggers) {
          long[] n = byLemma.computeIfAbsent(lemma, k -> new long[2]);
          n[0]++;
          n[1] += hasCue ? 1 : 0;
        }
      }
    }
    System.out.printf(
        "parse use: %d articles, %d sentences (%d tokens), %d statements; parsed %d sentences (%d tokens), of which %d"
            + " (%d tokens) hold a statement's cue%n",
        articles.size(), sentences, tokens, statements, parsed, parsedTokens, used, usedTokens);
    System.out.printf(
        "let in by noun cues alone: %d sentences (%d tokens), of which %d hold a statement's cue%n",
        nounOnly, nounOnlyTokens, nounOnlyUsed);
    for (int r = 0; r < rules.size(); r++) {
      System.out.printf(
          "rule %s: parsed %d tokens (reference %d); %d statements (reference %d), %d identical%n",
          rules.get(r), ruleCounts[r][0], parsedTokens, ruleCounts[r][1], statements, ruleCounts[r][2]);
    }
    System.out.println("lemma\tparsed sentences it let in\tof them with a statement cue");
    byLemma.entrySet().stream()
        .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
        .forEach(e -> System.out.printf("%s\t%d\t%d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    assertThat(parsed).isPositive();
  }

  /** The cue lemmas (or "according") that made the filter take this sentence. */
  private static Set<String> triggers(Sentence s, Set<String> cues) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
      String pos = t.pos() == null ? "" : t.pos();
      if (t.word().equalsIgnoreCase("according")) {
        out.add("according");
      } else if (cues.contains(lemma) && (pos.startsWith("VB") || pos.startsWith("NN"))) {
        out.add(lemma + (pos.startsWith("VB") ? "/V" : "/N"));
      }
    }
    return out;
  }
}
