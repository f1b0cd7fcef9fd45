package org.parley.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Counts reporting-cue lemmas in PolNeAR train: for each verb lemma, how often a token with it
 * lies in a {@code Cue} span and how often it occurs at all. Its output (lemma, cue count, total,
 * ratio) is the starting point of {@code statement/cues.tsv}, which is then edited by hand.
 *
 * <p>Usage: {@code CueLexiconBuilder <polnear>/data/train [limit]} (prints TSV to stdout).
 */
public final class CueLexiconBuilder {
  private CueLexiconBuilder() {}

  public static void main(String[] args) throws IOException {
    Path split = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
    StanfordCoreNLP nlp = new StanfordCoreNLP(props);
    Map<String, int[]> counts = new HashMap<>();
    List<Path> anns;
    try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
      anns = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    int done = 0;
    for (Path ann : anns) {
      String stem = PolnearCorpus.articleStem(ann);
      if (!seen.add(stem) || done >= limit) {
        continue; // first annotator per article
      }
      done++;
      Path txt = split.resolve("text").resolve(stem + ".txt");
      if (!Files.exists(txt)) {
        continue;
      }
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      List<int[]> cues = new ArrayList<>();
      for (BratReader.BratAttribution a : BratReader.read(ann)) {
        if (a.cue() != null) {
          cues.addAll(a.cue().fragments());
        }
      }
      Annotation doc = new Annotation(text);
      nlp.annotate(doc);
      for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
        String tag = t.tag();
        boolean verbish = tag.startsWith("VB") || t.word().equalsIgnoreCase("according");
        if (!verbish && !tag.startsWith("NN")) {
          continue;
        }
        String lemma = (tag.startsWith("NN") ? "n:" : "") + t.lemma().toLowerCase(Locale.ROOT);
        int[] c = counts.computeIfAbsent(lemma, k -> new int[2]);
        c[1]++;
        for (int[] cue : cues) {
          if (t.beginPosition() >= cue[0] && t.endPosition() <= cue[1]) {
            c[0]++;
            break;
          }
        }
      }
    }
    counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= 3)
        .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
        .forEach(
            e ->
                System.out.printf(
                    Locale.ROOT, "%s\t%d\t%d\t%.2f%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[0] / (double) e.getValue()[1]));
  }
}
