package org.parley.model;

import java.util.List;

/**
 * A sentence of an article. {@code dependencies} is empty when the sentence was not parsed: only
 * sentences that can carry an attribution are, because parsing dominates NLP cost.
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
  }

  public boolean parsed() {
    return !dependencies.isEmpty();
  }
}
