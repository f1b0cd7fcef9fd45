package org.parley.model;

import java.util.List;

/** An article after the NLP stage: its sentences (with tokens and parses) and named mentions. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
