package org.parley.eval;

import java.util.List;
import org.parley.model.Article;

/** An article with its gold statements. */
public record GoldArticle(String name, Article article, List<GoldStatement> gold) {
  public GoldArticle {
    gold = List.copyOf(gold);
  }
}
