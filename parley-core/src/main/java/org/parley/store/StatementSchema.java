package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.parley.model.Article;
import org.parley.model.Statement;

/**
 * Statement documents: one per attributed statement, in the same index as their article (doctype
 * {@value #DOCTYPE_STATEMENT}), carrying the article's outlet, date and source so statements can
 * be filtered and listed without a join. The whole record is stored as JSON for an exact round
 * trip.
 */
public final class StatementSchema {
  public static final String DOCTYPE_STATEMENT = "statement";
  /** Analysed, stored with offsets: the statement's content. */
  public static final String CONTENT = "content";
  /** Keyword, stored: canonical speaker; also a facet dimension. */
  public static final String SPEAKER = "speaker";
  /** Analysed, not stored: speaker name and mention, so "Putin" finds "Vladimir Putin". */
  public static final String SPEAKER_TEXT = "speaker_text";
  /** Keyword: speaker entity id. */
  public static final String SPEAKER_ENTITY = "speaker_entity";
  /** Keyword (lower case); also a facet dimension. */
  public static final String KIND = "kind";
  /** Keyword, lower case. */
  public static final String CUE = "cue";
  /** Keyword per outlet or intermediary in the via chain. */
  public static final String VIA = "via";
  /** LongPoint (epoch day): when it was said, or else when the article was published. */
  public static final String WHEN = "when";
  /** Sorted doc values: article id and position, for text order within an article. */
  public static final String ORDER = "order";
  /** Stored only: the statement as JSON. */
  public static final String RECORD = "record";
  /** Stored: the article's title, for listing. */
  public static final String ARTICLE_TITLE = ArticleContext.ARTICLE_TITLE;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(true);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private StatementSchema() {}

  /** The Lucene document for one statement of {@code article} (before facet building). */
  public static Document toDocument(Statement s, Article article) {
    Document doc = new Document();
    doc.add(new StringField(IndexSchema.DOCTYPE, DOCTYPE_STATEMENT, Field.Store.YES));
    doc.add(new StringField(IndexSchema.ID, s.id(), Field.Store.YES));
    doc.add(new Field(CONTENT, s.content(), TEXT_WITH_OFFSETS));
    if (s.speaker() != null && !s.speaker().isBlank()) {
      doc.add(new StringField(SPEAKER, s.speaker(), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SPEAKER, s.speaker()));
      doc.add(new TextField(SPEAKER_TEXT, s.speaker(), Field.Store.NO));
    }
    if (s.speakerMention() != null) {
      doc.add(new TextField(SPEAKER_TEXT, s.speakerMention(), Field.Store.NO));
    }
    if (s.speakerEntity() != null) {
      doc.add(new StringField(SPEAKER_ENTITY, s.speakerEntity(), Field.Store.NO));
    }
    String kind = s.kind().name().toLowerCase(Locale.ROOT);
    doc.add(new StringField(KIND, kind, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(KIND, kind));
    if (s.cue() != null) {
      doc.add(new StringField(CUE, s.cue().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    for (String via : s.via()) {
      doc.add(new StringField(VIA, via, Field.Store.NO));
    }
    java.time.LocalDate when = s.date() != null ? s.date() : article.published();
    if (when != null) {
      doc.add(new LongPoint(WHEN, when.toEpochDay()));
    }
    ArticleContext.addTo(doc, article);
    doc.add(new SortedDocValuesField(ORDER, new BytesRef(String.format("%s#%010d", article.id(), s.start()))));
    doc.add(new StoredField(RECORD, toJson(s)));
    return doc;
  }

  public static Statement fromDocument(Document doc) {
    try {
      return JSON.readValue(doc.get(RECORD), Statement.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt stored statement in index: " + e.getOriginalMessage(), e);
    }
  }

  private static String toJson(Statement s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
