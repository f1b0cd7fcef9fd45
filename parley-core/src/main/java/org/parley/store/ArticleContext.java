package org.parley.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.parley.model.Article;

/**
 * The article fields every extracted record carries (outlet, date, source, title), indexed the
 * same way as on the article itself so filters and facets work on any document type.
 */
final class ArticleContext {
  /** Stored: the article's title, for listing. */
  static final String ARTICLE_TITLE = "article_title";

  private ArticleContext() {}

  static void addTo(Document doc, Article article) {
    doc.add(new StringField(IndexSchema.ARTICLE_ID, article.id(), Field.Store.YES));
    if (article.outlet() != null && !article.outlet().isBlank()) {
      doc.add(new StringField(IndexSchema.OUTLET, article.outlet(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.OUTLET, article.outlet()));
    }
    if (article.published() != null) {
      long day = article.published().toEpochDay();
      doc.add(new LongPoint(IndexSchema.PUBLISHED, day));
      doc.add(new NumericDocValuesField(IndexSchema.PUBLISHED, day));
      doc.add(new StoredField(IndexSchema.PUBLISHED, article.published().toString()));
      doc.add(new SortedSetDocValuesFacetField(IndexSchema.YEAR, Integer.toString(article.published().getYear())));
    }
    IndexSchema.keyword(doc, IndexSchema.SOURCE, article.source());
    if (article.title() != null) {
      doc.add(new StoredField(ARTICLE_TITLE, article.title()));
    }
  }
}
