package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.parley.model.Article;
import org.parley.model.Position;

/**
 * Position documents (doctype {@value #DOCTYPE_POSITION}): one per (evidence, actor, topic,
 * stance), stored with their article so re-adding the article replaces them.
 */
public final class PositionSchema {
  public static final String DOCTYPE_POSITION = "position";
  /** Keyword + facet: the negotiating side. */
  public static final String ACTOR = "actor";
  /** Keyword + facet: the taxonomy topic id. */
  public static final String TOPIC = "topic";
  /** Keyword + facet: demands, offers, accepts, rejects, conditions. */
  public static final String STANCE = "stance";
  /** LongPoint + doc values (epoch day): the position's date, else the article's. */
  public static final String WHEN = "position_date";
  /** Stored only: the position as JSON. */
  public static final String RECORD = "position_record";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private PositionSchema() {}

  public static Document toDocument(Position p, int index, Article article) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.DOCTYPE, DOCTYPE_POSITION, Field.Store.YES));
    doc.add(new StringField(IndexSchema.ID, article.id() + "#p" + index, Field.Store.YES));
    doc.add(new StringField(ACTOR, p.actor(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(ACTOR, p.actor()));
    doc.add(new StringField(TOPIC, p.topic(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(TOPIC, p.topic()));
    String stance = p.stance().label();
    doc.add(new StringField(STANCE, stance, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(STANCE, stance));
    LocalDate when = p.date() != null ? p.date() : article.published();
    if (when != null) {
      doc.add(new LongPoint(WHEN, when.toEpochDay()));
      doc.add(new NumericDocValuesField(WHEN, when.toEpochDay()));
    }
    ArticleContext.addTo(doc, article);
    doc.add(new StoredField(RECORD, toJson(p)));
    return doc;
  }

  public static Position fromDocument(Document doc) {
    try {
      return JSON.readValue(doc.get(RECORD), Position.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt stored position in index: " + e.getOriginalMessage(), e);
    }
  }

  private static String toJson(Position p) {
    try {
      return JSON.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
