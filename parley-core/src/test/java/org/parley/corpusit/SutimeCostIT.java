package org.parley.corpusit;

import org.parley.time.TimeExpressions;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures what SUTime adds to CoreNLP's NER against our rules ({@link TimeExpressions}) on the
 * shared seeds and 20 GDELT articles; prints the figures (docs/performance.md). Run on demand:
 * {@code mvn -o -pl parley-core verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SutimeCostIT}.
 */
class SutimeCostIT {
  private static Properties props(boolean sutime) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", Boolean.toString(sutime));
    p.setProperty("ner.applyNumericClassifiers", Boolean.toString(sutime));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("threads", "1");
    return p;
  }

  private static long annotate(StanfordCoreNLP nlp, List<String> texts) {
    long t0 = System.nanoTime();
    for (String t : texts) {
      nlp.annotate(new Annotation(t));
    }
    return System.nanoTime() - t0;
  }

  @Test
  void sutimeAgainstRules() throws Exception {
    Path corpus = Path.of(System.getProperty("parley.shared", "../shared"), "corpus");
    Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("seeds")), "../shared/corpus not found: skipping");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(corpus.resolve("seeds"))) {
      for (Path p : s.sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    try (Stream<Path> s = Files.list(corpus.resolve("ukraine/gdelt-2022-2024"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(20).toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    StanfordCoreNLP plain = new StanfordCoreNLP(props(false));
    StanfordCoreNLP withTime = new StanfordCoreNLP(props(true));
    Annotation probe = new Annotation(texts.get(0));
    plain.annotate(probe);
    int tokens = 0;
    for (String t : texts) {
      Annotation a = new Annotation(t);
      plain.annotate(a);
      tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    annotate(withTime, texts.subList(0, 3)); // warm up
    long off = annotate(plain, texts);
    long on = annotate(withTime, texts);
    long r0 = System.nanoTime();
    int found = 0;
    for (int i = 0; i < 20; i++) {
      for (String t : texts) {
        found += TimeExpressions.find(t, java.time.LocalDate.of(2022, 3, 4)).size();
      }
    }
    long rules = (System.nanoTime() - r0) / 20;
    System.out.printf(
        "SUTIME %d texts, %,d chars, %,d tokens: NER without SUTime %.2f s (%,.0f tok/s); with SUTime+numeric %.2f s (%,.0f tok/s);"
            + " SUTime adds %.2f s (+%.0f%%); our rules %.1f ms (%,.0f tok/s), %d expressions per pass%n",
        texts.size(), chars, tokens, off / 1e9, tokens / (off / 1e9), on / 1e9, tokens / (on / 1e9), (on - off) / 1e9,
        100.0 * (on - off) / off, rules / 1e6, tokens / (rules / 1e9), found / 20);
    assertThat(found).isPositive();
  }
}
