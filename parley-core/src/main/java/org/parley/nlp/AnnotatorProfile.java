package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.parley.clean.Cleaner;
import org.parley.model.Article;
import org.parley.model.Token;

/**
 * Where annotation time goes: runs each annotator of {@link NlpAnnotator}'s pipeline on its own
 * (one thread) and times it; depparse over the sentences {@link ParseFilter} selects, as in a real
 * ingest. Alternatives ({@code ner} or {@code depparse} with other properties) are timed on the same
 * sentences. Articles go through in small chunks, every annotator and alternative on each chunk in
 * turn, so a machine whose load changes during the run (other builds) slows all of them alike and
 * their ratios hold.
 */
public final class AnnotatorProfile {
  private static final int CHUNK = 5;

  /** Seconds per annotator (pipeline order, then alternatives) and the totals measured over. */
  public record Result(
      Map<String, Double> seconds,
      long tokens,
      long sentences,
      long parsedSentences,
      long parsedTokens,
      long widerParsedSentences,
      long widerParsedTokens) {}

  /** An alternative to time beside the baseline: a label, the annotator it replaces, its properties. */
  public record Variant(String label, String annotator, Properties properties) {}

  /** One timed step over a document: a CoreNLP pipeline, or our basic-graph parse. */
  private interface Run {
    void annotate(Annotation doc);
  }

  private record Stage(String label, Run pipeline, ParseFilter filter, boolean baseline) {
    boolean parse() {
      return filter != null;
    }
  }

  private AnnotatorProfile() {}

  public static Result run(List<Article> articles, NlpConfig config, List<Variant> variants) {
    Properties base = config.taggingProperties();
    String[] annotators = base.getProperty("annotators").split(",");
    List<Stage> stages = new ArrayList<>();
    for (int i = 0; i < annotators.length; i++) {
      String name = annotators[i].strip();
      if (name.equals("tokenize") && i + 1 < annotators.length && annotators[i + 1].strip().equals("ssplit")) {
        name = "tokenize,ssplit";
        i++;
      }
      for (Variant v : variants) {
        if (v.annotator().equals(name)) {
          stages.add(new Stage(name + " [" + v.label() + "]", single(base, name, v.properties())::annotate, null, false));
        }
      }
      // the baseline last, so what later stages see is the baseline's output
      stages.add(new Stage(name, single(base, name, new Properties())::annotate, null, true));
    }
    Properties parseBase = config.parseProperties();
    ParseFilter filter = ParseFilter.fromResource();
    ParseFilter wider = filter.wider();
    for (Variant v : variants) {
      if (v.annotator().equals("depparse")) {
        stages.add(new Stage("depparse [" + v.label() + "]", single(parseBase, "depparse", v.properties())::annotate, filter, false));
      }
    }
    StanfordCoreNLP parser = single(parseBase, "depparse", new Properties());
    stages.add(new Stage("depparse [older filter: cue or quote]", parser::annotate, wider, false));
    stages.add(new Stage("depparse [CoreNLP annotator: 5 graphs]", parser::annotate, filter, false));
    // what NlpAnnotator runs: the same parser, the basic graph only
    var basic = NlpAnnotator.basicParser(parseBase);
    stages.add(
        new Stage(
            "depparse (selected sentences)",
            doc -> NlpAnnotator.parseBasic(basic, doc.get(CoreAnnotations.SentencesAnnotation.class)),
            filter,
            true));

    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Stage s : stages) {
      seconds.put(s.label(), 0.0);
    }
    long tokens = 0;
    long sentences = 0;
    long parsedSentences = 0;
    long parsedTokens = 0;
    long widerSentences = 0;
    long widerTokens = 0;
    for (int from = 0; from < articles.size(); from += CHUNK) {
      List<Annotation> docs = new ArrayList<>();
      for (Article a : articles.subList(from, Math.min(articles.size(), from + CHUNK))) {
        docs.add(new Annotation(Cleaner.forNlp(a)));
      }
      Map<ParseFilter, List<Annotation>> parseDocs = new java.util.HashMap<>();
      for (Stage stage : stages) {
        if (stage.parse() && !parseDocs.containsKey(stage.filter())) {
          List<Annotation> selected = new ArrayList<>();
          for (Annotation doc : docs) {
            List<CoreMap> toParse = new ArrayList<>();
            for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
              List<Token> words = new ArrayList<>();
              for (var label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(new Token(label.beginPosition(), label.endPosition(), label.word(), label.tag(), label.lemma(), label.ner()));
              }
              if (stage.filter() == filter) {
                sentences++;
                tokens += words.size();
              }
              if (stage.filter().worthParsing(words)) {
                // a fresh copy per filter, so one parse does not pre-fill another's sentences
                CoreMap copy = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
                for (Class<?> key : sentence.keySet()) {
                  copyKey(sentence, copy, key);
                }
                toParse.add(copy);
                if (stage.filter() == filter) {
                  parsedSentences++;
                  parsedTokens += words.size();
                } else {
                  widerSentences++;
                  widerTokens += words.size();
                }
              }
            }
            Annotation parseDoc = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
            parseDoc.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            selected.add(parseDoc);
          }
          parseDocs.put(stage.filter(), selected);
        }
        long t0 = System.nanoTime();
        for (Annotation doc : stage.parse() ? parseDocs.get(stage.filter()) : docs) {
          stage.pipeline().annotate(doc);
        }
        seconds.merge(stage.label(), (System.nanoTime() - t0) / 1e9, Double::sum);
      }
    }
    return new Result(seconds, tokens, sentences, parsedSentences, parsedTokens, widerSentences, widerTokens);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void copyKey(CoreMap from, CoreMap to, Class key) {
    to.set(key, from.get(key));
  }

  private static StanfordCoreNLP single(Properties base, String annotators, Properties overrides) {
    Properties p = new Properties();
    p.putAll(base);
    p.putAll(overrides);
    p.setProperty("annotators", annotators);
    p.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(p);
  }
}
