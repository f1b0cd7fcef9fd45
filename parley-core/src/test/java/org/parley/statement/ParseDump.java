package org.parley.statement;

import java.util.List;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;

/** Debugging aid: prints the parse and statements of the text given as argument. */
final class ParseDump {
  private ParseDump() {}

  public static void main(String[] args) {
    String text = args[0];
    AnnotatedArticle a = new NlpAnnotator(NlpConfig.DEFAULT).annotate(
        new Article(ArticleId.of(text), "arg", null, null, null, null, null, "en", null, null, text, List.of()));
    for (Sentence s : a.sentences()) {
      for (Dependency d : s.dependencies()) {
        System.out.printf("%s <-%s- %s%n", s.tokens().get(d.dependent()).word(), d.relation(),
            d.head() < 0 ? "ROOT" : s.tokens().get(d.head()).word());
      }
    }
    new StatementExtractor().extract(a).forEach(System.out::println);
  }
}
