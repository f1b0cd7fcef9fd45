package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * The layout of Parley's Lucene index: field names, analysis, facet configuration, and the
 * conversion between {@link AnnotatedArticle} and Lucene documents. Shared by the writer ({@link
 * ArticleStore}) and the read side ({@code org.parley.query}), so both agree on one schema.
 *
 * <p>Every document has a {@link #DOCTYPE} keyword; articles are {@link #DOCTYPE_ARTICLE}, so other
 * kinds of documents (statements) can live in the same index later.
 */
public final class IndexSchema {

  /** Bumped when the layout changes incompatibly; recorded in the commit user data. */
  public static final String VERSION = "2";

  public static final String VERSION_KEY = "parley.schema";

  // --- field names ---------------------------------------------------------------------------
  /** Keyword: kind of document ({@value #DOCTYPE_ARTICLE}). */
  public static final String DOCTYPE = "doctype";

  public static final String DOCTYPE_ARTICLE = "article";
  /** Keyword, stored: the document id (article id, or {@code article#n} for a statement). */
  public static final String ID = "id";
  /**
   * Keyword on every document of an article (the article itself and what was extracted from it), so
   * that re-adding an article replaces all of them in one atomic update.
   */
  public static final String ARTICLE_ID = "article_id";
  /** Text (analysed, with offsets), stored. */
  public static final String TITLE = "title";
  /** Text (analysed, offsets in postings for highlighting), stored: {@link Article#cleanText()}. */
  public static final String BODY = "body";
  /** Stored only: the exact raw article text all offsets refer to. */
  public static final String TEXT = "text";
  /** Stored only: JSON array of junk spans. */
  public static final String JUNK = "junk";
  /** Stored only: JSON array of mentions. */
  public static final String MENTIONS = "mentions";
  /** Keyword, stored; also a facet dimension. */
  public static final String OUTLET = "outlet";
  /**
   * LongPoint (epoch day) for range filters, NumericDocValues (epoch day) for sorting, stored as an
   * ISO date string.
   */
  public static final String PUBLISHED = "published";
  /** Facet dimension: the year of {@link #PUBLISHED}. */
  public static final String YEAR = "year";
  /** Keyword (when not overly long), stored. */
  public static final String SOURCE = "source";
  /** Keyword (when not overly long), stored. */
  public static final String URL = "url";
  /** Keyword per author, stored in order. */
  public static final String AUTHORS = "authors";
  /** Keyword, stored. */
  public static final String LANGUAGE = "language";
  /** Keyword, stored. */
  public static final String COUNTRY = "country";
  /** Keyword, stored: the {@link DateSource} name. */
  public static final String DATE_SOURCE = "date_source";
  /** Keyword per distinct mention entity name (not stored); also a multi-valued facet dimension. */
  public static final String ENTITY = "entity";
  /** Keyword per distinct mention entity id ({@code e:slug}), not stored. */
  public static final String ENTITY_ID = "entity_id";

  /**
   * Facet dimension (multi-valued): the entity ids of an article, for co-occurrence counts. Added
   * with entity linking; articles indexed before it have only {@link #ENTITY}.
   */
  public static final String ENTITY_FACET = "entity_ref";

  // --- entity documents (doctype "entity"), the catalogue written by re-linking ----------------
  /** {@link #DOCTYPE} of a canonical entity document ({@link #ID} is its {@code e:slug}). */
  public static final String DOCTYPE_ENTITY = "entity";
  /** Keyword, stored: the entity's canonical name. */
  public static final String ENTITY_NAME = "entity_name";
  /** Keyword, stored: the entity type. */
  public static final String ENTITY_TYPE = "entity_type";
  /** Stored only: JSON array of aliases. */
  public static final String ENTITY_ALIASES = "entity_aliases";
  /** Keyword per name key of the name and aliases (see {@code NameKeys.key}), not stored. */
  public static final String ENTITY_ALIAS_KEY = "entity_alias_key";
  /** Stored and NumericDocValues (for sorting): mention count. */
  public static final String ENTITY_MENTIONS = "entity_mentions";
  /** Stored: number of articles mentioning it. */
  public static final String ENTITY_ARTICLES = "entity_articles";

  /** Fields analysed as full text; the default fields of the query parser. */
  public static final List<String> TEXT_FIELDS = List.of(TITLE, BODY);

  /** Facet dimensions, in the order search results report them. */
  public static final List<String> FACET_DIMS = List.of(OUTLET, YEAR, ENTITY);

  /** Longer keyword values are stored but not indexed (Lucene terms are limited to 32k bytes). */
  private static final int MAX_KEYWORD_CHARS = 4000;

  private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

  static {
    TEXT_WITH_OFFSETS.setTokenized(true);
    TEXT_WITH_OFFSETS.setStored(true);
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private IndexSchema() {}

  /**
   * Analysis for full-text fields: Unicode word segmentation (so {@code 28-point} is {@code 28},
   * {@code point}), English possessives dropped ({@code Zelensky's} is {@code zelensky}), lower
   * case, accents folded. No stemming and no stop words, so phrase queries match exactly.
   */
  public static Analyzer textAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * The analyzer for indexing and query parsing: {@link #textAnalyzer()} for text fields, exact
   * keywords for the rest (so {@code outlet:"The Guardian"} in a query matches exactly).
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            TITLE, textAnalyzer(),
            BODY, textAnalyzer(),
            StatementSchema.CONTENT, textAnalyzer(),
            StatementSchema.SPEAKER_TEXT, textAnalyzer()));
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(ENTITY, true);
    config.setMultiValued(ENTITY_FACET, true);
    return config;
  }

  /**
   * Refuses an index written with another schema version (a commit without a version is accepted:
   * it holds no Parley documents).
   */
  public static void checkVersion(org.apache.lucene.index.IndexCommit commit, Object where)
      throws java.io.IOException {
    String version = commit.getUserData().get(VERSION_KEY);
    if (version != null && !version.equals(VERSION)) {
      throw new java.io.IOException(
          "the index in "
              + where
              + " uses schema version "
              + version
              + " but this Parley expects "
              + VERSION
              + ": move it aside and run parley ingest again");
    }
  }

  // --- documents -----------------------------------------------------------------------------

  /** The Lucene document for an article (before {@link FacetsConfig#build}). */
  public static Document toDocument(AnnotatedArticle annotated) {
    Article a = annotated.article();
    Document doc = new Document();
    doc.add(new StringField(DOCTYPE, DOCTYPE_ARTICLE, Field.Store.YES));
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.NO));
    if (a.title() != null) {
      doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
    }
    doc.add(new Field(BODY, a.cleanText(), TEXT_WITH_OFFSETS));
    doc.add(new StoredField(TEXT, a.text()));
    doc.add(new StoredField(JUNK, toJson(a.junk())));
    doc.add(new StoredField(MENTIONS, toJson(annotated.mentions())));
    if (a.outlet() != null) {
      keyword(doc, OUTLET, a.outlet());
      if (!a.outlet().isBlank()) {
        doc.add(new SortedSetDocValuesFacetField(OUTLET, a.outlet()));
      }
    }
    if (a.published() != null) {
      long day = a.published().toEpochDay();
      doc.add(new LongPoint(PUBLISHED, day));
      doc.add(new NumericDocValuesField(PUBLISHED, day));
      doc.add(new StoredField(PUBLISHED, a.published().toString()));
      doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(a.published().getYear())));
    }
    keyword(doc, SOURCE, a.source());
    keyword(doc, URL, a.url());
    for (String author : a.authors()) {
      keyword(doc, AUTHORS, author == null ? "" : author);
    }
    keyword(doc, LANGUAGE, a.language());
    keyword(doc, COUNTRY, a.country());
    doc.add(new StringField(DATE_SOURCE, a.dateSource().name(), Field.Store.YES));
    Set<String> names = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Mention m : annotated.mentions()) {
      if (m.entityName() != null && !m.entityName().isBlank()) {
        names.add(m.entityName());
      }
      if (m.entityId() != null && !m.entityId().isBlank()) {
        ids.add(m.entityId());
      }
    }
    for (String name : names) {
      if (name.length() <= MAX_KEYWORD_CHARS) {
        doc.add(new StringField(ENTITY, name, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ENTITY, name));
      }
    }
    for (String id : ids) {
      if (id.length() <= MAX_KEYWORD_CHARS) {
        doc.add(new StringField(ENTITY_ID, id, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ENTITY_FACET, id));
      }
    }
    return doc;
  }

  /**
   * The article document rebuilt from a stored one with new mentions (re-linking): everything else
   * comes from stored fields, so no NLP runs. Keep in step with {@link #toDocument}.
   */
  public static Document withMentions(Document stored, List<Mention> mentions) {
    return toDocument(new AnnotatedArticle(toArticle(stored), List.of(), mentions));
  }

  /** The catalogue document of one canonical entity. */
  public static Document toEntityDocument(
      String id, String name, String type, List<String> aliases, List<String> aliasKeys, long mentions, long articles) {
    Document doc = new Document();
    doc.add(new StringField(DOCTYPE, DOCTYPE_ENTITY, Field.Store.YES));
    doc.add(new StringField(ID, id, Field.Store.YES));
    keyword(doc, ENTITY_NAME, name);
    keyword(doc, ENTITY_TYPE, type);
    doc.add(new StoredField(ENTITY_ALIASES, toJson(aliases)));
    for (String key : aliasKeys) {
      if (!key.isEmpty() && key.length() <= MAX_KEYWORD_CHARS) {
        doc.add(new StringField(ENTITY_ALIAS_KEY, key, Field.Store.NO));
      }
    }
    doc.add(new StoredField(ENTITY_MENTIONS, mentions));
    doc.add(new NumericDocValuesField(ENTITY_MENTIONS, mentions));
    doc.add(new StoredField(ENTITY_ARTICLES, articles));
    return doc;
  }

  /** Aliases stored with an entity document. */
  public static List<String> aliasesFromJson(String json) {
    return fromJson(json, new TypeReference<List<String>>() {});
  }

  /** A stored keyword, indexed unless too long for a Lucene term. */
  public static void keyword(Document doc, String field, String value) {
    if (value == null) {
      return;
    }
    if (value.length() <= MAX_KEYWORD_CHARS) {
      doc.add(new StringField(field, value, Field.Store.YES));
    } else {
      doc.add(new StoredField(field, value));
    }
  }

  /** Rebuilds the article exactly as it was added from a stored document. */
  public static Article toArticle(Document doc) {
    String published = doc.get(PUBLISHED);
    String dateSource = doc.get(DATE_SOURCE);
    List<String> authors = new ArrayList<>();
    for (IndexableField f : doc.getFields(AUTHORS)) {
      authors.add(f.stringValue());
    }
    return new Article(
        doc.get(ID),
        doc.get(SOURCE),
        doc.get(OUTLET),
        doc.get(TITLE),
        authors,
        published == null ? null : LocalDate.parse(published),
        dateSource == null ? DateSource.NONE : DateSource.valueOf(dateSource),
        doc.get(LANGUAGE),
        doc.get(URL),
        doc.get(COUNTRY),
        doc.get(TEXT),
        spansFromJson(doc.get(JUNK)));
  }

  /** The mentions stored with an article document. */
  public static List<Mention> mentions(Document doc) {
    return mentionsFromJson(doc.get(MENTIONS));
  }

  // --- JSON codec for stored spans and mentions ----------------------------------------------

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Span> spansFromJson(String json) {
    return fromJson(json, new TypeReference<List<Span>>() {});
  }

  public static List<Mention> mentionsFromJson(String json) {
    return fromJson(json, new TypeReference<List<Mention>>() {});
  }

  private static <T> List<T> fromJson(String json, TypeReference<List<T>> type) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      List<T> list = JSON.readValue(json, type);
      return list == null ? List.of() : list;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("corrupt stored JSON in index: " + e.getOriginalMessage(), e);
    }
  }
}
