package org.parley.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.StatementKind;

/**
 * Spark rows for Parley's records, with the field names of docs/formats.md exports. Conversions
 * both ways, so a row read back from the output is the record that went in.
 */
public final class Records {
  private Records() {}

  private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static final StructType SPAN =
      DataTypes.createStructType(
          List.of(f("start", DataTypes.IntegerType), f("end", DataTypes.IntegerType), f("label", DataTypes.StringType)));

  /** A mention inside an article row (the article id is the row's). */
  public static final StructType MENTION =
      DataTypes.createStructType(
          List.of(
              f("start", DataTypes.IntegerType),
              f("end", DataTypes.IntegerType),
              f("text", DataTypes.StringType),
              f("type", DataTypes.StringType),
              f("entity_id", DataTypes.StringType),
              f("entity_name", DataTypes.StringType)));

  /** A statement, as {@code statements --format jsonl} prints it (formats.md). */
  public static final StructType STATEMENT =
      DataTypes.createStructType(
          List.of(
              f("article", DataTypes.StringType),
              f("source", DataTypes.StringType),
              f("outlet", DataTypes.StringType),
              f("published", DataTypes.StringType),
              f("id", DataTypes.StringType),
              f("kind", DataTypes.StringType),
              f("content", DataTypes.StringType),
              f("start", DataTypes.IntegerType),
              f("end", DataTypes.IntegerType),
              f("speaker", DataTypes.StringType),
              f("speaker_entity", DataTypes.StringType),
              f("speaker_mention", DataTypes.StringType),
              f("speaker_start", DataTypes.IntegerType),
              f("speaker_end", DataTypes.IntegerType),
              f("cue", DataTypes.StringType),
              f("cue_start", DataTypes.IntegerType),
              f("cue_end", DataTypes.IntegerType),
              f("addressee", DataTypes.StringType),
              f("via", DataTypes.createArrayType(DataTypes.StringType)),
              f("date", DataTypes.StringType),
              f("date_text", DataTypes.StringType),
              f("confidence", DataTypes.DoubleType)));

  private static final List<StructField> ARTICLE_FIELDS =
      List.of(
          f("id", DataTypes.StringType),
          f("source", DataTypes.StringType),
          f("outlet", DataTypes.StringType),
          f("title", DataTypes.StringType),
          f("authors", DataTypes.createArrayType(DataTypes.StringType)),
          f("published", DataTypes.StringType),
          f("date_source", DataTypes.StringType),
          f("language", DataTypes.StringType),
          f("url", DataTypes.StringType),
          f("country", DataTypes.StringType),
          f("text", DataTypes.StringType),
          f("junk", DataTypes.createArrayType(SPAN)));

  /** An article as read, before cleaning; {@code file}/{@code ordinal} give input order. */
  public static final StructType READ;

  /** An annotated article: the article, its mentions and statements, its token count. */
  public static final StructType ANNOTATED;

  static {
    List<StructField> read = new ArrayList<>(ARTICLE_FIELDS);
    read.add(f("file", DataTypes.IntegerType));
    read.add(f("ordinal", DataTypes.LongType));
    READ = DataTypes.createStructType(read);
    List<StructField> annotated = new ArrayList<>(ARTICLE_FIELDS);
    annotated.add(f("tokens", DataTypes.IntegerType));
    annotated.add(f("mentions", DataTypes.createArrayType(MENTION)));
    annotated.add(f("statements", DataTypes.createArrayType(STATEMENT)));
    ANNOTATED = DataTypes.createStructType(annotated);
  }

  /** Article columns of {@link #ANNOTATED}, in order (the {@code articles} output). */
  public static final List<String> ARTICLE_COLUMNS =
      List.of("id", "source", "outlet", "title", "authors", "published", "date_source", "language", "url", "country",
          "text", "junk", "tokens", "mentions");

  private static Object[] articleValues(Article a, int extra) {
    Object[] v = new Object[ARTICLE_FIELDS.size() + extra];
    v[0] = a.id();
    v[1] = a.source();
    v[2] = a.outlet();
    v[3] = a.title();
    v[4] = a.authors().toArray(new String[0]);
    v[5] = a.published() == null ? null : a.published().toString();
    v[6] = a.dateSource().name();
    v[7] = a.language();
    v[8] = a.url();
    v[9] = a.country();
    v[10] = a.text();
    Row[] junk = new Row[a.junk().size()];
    for (int i = 0; i < junk.length; i++) {
      Span s = a.junk().get(i);
      junk[i] = RowFactory.create(s.start(), s.end(), s.label());
    }
    v[11] = junk;
    return v;
  }

  public static Row read(Article a, int file, long ordinal) {
    Object[] v = articleValues(a, 2);
    v[12] = file;
    v[13] = ordinal;
    return RowFactory.create(v);
  }

  public static Row annotated(AnnotatedArticle annotated, List<Statement> statements) {
    Article a = annotated.article();
    Object[] v = articleValues(a, 3);
    v[12] = annotated.tokenCount();
    Row[] mentions = new Row[annotated.mentions().size()];
    for (int i = 0; i < mentions.length; i++) {
      Mention m = annotated.mentions().get(i);
      mentions[i] =
          RowFactory.create(m.start(), m.end(), m.text(), m.type() == null ? null : m.type().name(), m.entityId(), m.entityName());
    }
    v[13] = mentions;
    Row[] found = new Row[statements.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = statement(statements.get(i), a);
    }
    v[14] = found;
    return RowFactory.create(v);
  }

  static Row statement(Statement s, Article a) {
    return RowFactory.create(
        s.articleId(),
        a.source(),
        a.outlet(),
        a.published() == null ? null : a.published().toString(),
        s.id(),
        s.kind() == null ? null : s.kind().name().toLowerCase(Locale.ROOT),
        s.content(),
        s.start(),
        s.end(),
        s.speaker(),
        s.speakerEntity(),
        s.speakerMention(),
        s.speakerStart() < 0 ? null : s.speakerStart(),
        s.speakerEnd() < 0 ? null : s.speakerEnd(),
        s.cue(),
        s.cueStart() < 0 ? null : s.cueStart(),
        s.cueEnd() < 0 ? null : s.cueEnd(),
        s.addressee(),
        s.via().toArray(new String[0]),
        s.date() == null ? null : s.date().toString(),
        s.dateText(),
        s.confidence());
  }

  /** The article of a {@link #READ} or {@link #ANNOTATED} row (read back from Spark). */
  public static Article article(Row r) {
    List<Span> junk = new ArrayList<>();
    List<Row> spans = r.isNullAt(r.fieldIndex("junk")) ? List.of() : r.getList(r.fieldIndex("junk"));
    for (Row s : spans) {
      junk.add(new Span(s.getInt(0), s.getInt(1), s.isNullAt(2) ? null : s.getString(2)));
    }
    String published = r.getAs("published");
    String dateSource = r.getAs("date_source");
    List<String> authors = r.isNullAt(r.fieldIndex("authors")) ? List.of() : r.getList(r.fieldIndex("authors"));
    return new Article(
        r.getAs("id"),
        r.getAs("source"),
        r.getAs("outlet"),
        r.getAs("title"),
        authors,
        published == null ? null : LocalDate.parse(published),
        dateSource == null ? null : DateSource.valueOf(dateSource),
        r.getAs("language"),
        r.getAs("url"),
        r.getAs("country"),
        r.getAs("text"),
        junk);
  }

  /** The mentions of an {@link #ANNOTATED} row. */
  public static List<Mention> mentions(Row r) {
    List<Mention> out = new ArrayList<>();
    int i = r.fieldIndex("mentions");
    if (r.isNullAt(i)) {
      return out;
    }
    for (Row m : r.<Row>getList(i)) {
      String type = m.getAs("type");
      out.add(
          new Mention(
              m.getInt(0), m.getInt(1), m.getAs("text"), type == null ? null : EntityType.valueOf(type),
              m.getAs("entity_id"), m.getAs("entity_name")));
    }
    return out;
  }

  /** A statement row (one of {@link #STATEMENT}) back as the model record. */
  public static Statement statement(Row s) {
    String kind = s.getAs("kind");
    String date = s.getAs("date");
    List<String> via = s.isNullAt(s.fieldIndex("via")) ? List.of() : s.getList(s.fieldIndex("via"));
    return new Statement(
        s.getAs("article"),
        s.getAs("id"),
        StatementKind.fromLabel(kind),
        s.getAs("content"),
        s.<Integer>getAs("start"),
        s.<Integer>getAs("end"),
        s.getAs("speaker"),
        s.getAs("speaker_entity"),
        s.getAs("speaker_mention"),
        orMinus(s.getAs("speaker_start")),
        orMinus(s.getAs("speaker_end")),
        s.getAs("cue"),
        orMinus(s.getAs("cue_start")),
        orMinus(s.getAs("cue_end")),
        s.getAs("addressee"),
        via,
        s.getAs("date_text"),
        date == null ? null : LocalDate.parse(date),
        s.<Double>getAs("confidence"));
  }

  private static int orMinus(Integer v) {
    return v == null ? -1 : v;
  }
}
