package org.parley.query;

import java.util.List;
import org.parley.model.Article;
import org.parley.model.Mention;

/** An article as read back from the store, with the mentions found in it. */
public record StoredArticle(Article article, List<Mention> mentions) {}
