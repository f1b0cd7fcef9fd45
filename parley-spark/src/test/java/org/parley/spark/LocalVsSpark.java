package org.parley.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.parley.clean.Cleaner;
import org.parley.ingest.FieldMapping;
import org.parley.model.Mention;
import org.parley.model.Statement;
import org.parley.nlp.NlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.pipeline.IngestListener;
import org.parley.pipeline.IngestPipeline;
import org.parley.pipeline.IngestSummary;
import org.parley.query.StatementQuery;
import org.parley.query.StatementSearcher;
import org.parley.store.ArticleStore;
import org.parley.store.IndexSchema;

/** Runs the same input through a local ingest and through Spark, and reads both results back. */
final class LocalVsSpark {
  /** What a run produced: article id to source and mentions; statements by id. */
  record Result(Map<String, String> sources, Map<String, List<Mention>> mentions, Map<String, Statement> statements) {}

  private LocalVsSpark() {}

  static SparkSession localSpark() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("parley-spark-test")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** {@code parley ingest} as the CLI runs it (IngestPipeline into a Lucene store), read back. */
  static Result local(List<Path> inputs, Path dataDir) throws IOException {
    NlpAnnotator annotator = new NlpAnnotator(NlpConfig.DEFAULT);
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      IngestSummary summary =
          new IngestPipeline(annotator, new Cleaner(), 2).run(inputs, FieldMapping.DEFAULT, store, IngestListener.SILENT);
      if (summary.added() == 0) {
        throw new IllegalStateException("local ingest added nothing");
      }
    }
    return readStore(dataDir);
  }

  /** What a data directory's index holds: articles with their sources and mentions, statements. */
  static Result readStore(Path dataDir) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    Map<String, List<Mention>> mentions = new TreeMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(ArticleStore.indexDir(dataDir)))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live != null && !live.get(i)) {
            continue;
          }
          Document doc = stored.document(i);
          if (IndexSchema.DOCTYPE_ARTICLE.equals(doc.get(IndexSchema.DOCTYPE))) {
            String id = doc.get(IndexSchema.ID);
            sources.put(id, doc.get(IndexSchema.SOURCE));
            mentions.put(id, IndexSchema.mentions(doc));
          }
        }
      }
    }
    Map<String, Statement> statements = new TreeMap<>();
    try (StatementSearcher searcher = StatementSearcher.open(dataDir)) {
      searcher.forEach(StatementQuery.all(), hit -> statements.put(hit.statement().id(), hit.statement()));
    }
    return new Result(sources, mentions, statements);
  }

  /** The Spark job on the same inputs, its Parquet output read back. */
  static Result spark(SparkSession spark, List<Path> inputs, Path output) throws IOException {
    List<String> paths = new ArrayList<>();
    for (Path p : inputs) {
      paths.add(p.toString());
    }
    SparkIngest.run(spark, new SparkIngest.Options(paths, output.toString(), 0, SparkIngest.DEFAULT_SPLIT_BYTES));
    Map<String, String> sources = new TreeMap<>();
    Map<String, List<Mention>> mentions = new TreeMap<>();
    for (Row r : spark.read().parquet(output + "/articles.parquet").collectAsList()) {
      sources.put(r.getAs("id"), r.getAs("source"));
      mentions.put(r.getAs("id"), Records.mentions(r));
    }
    Map<String, Statement> statements = new TreeMap<>();
    for (Row r : spark.read().parquet(output + "/statements.parquet").collectAsList()) {
      Statement s = Records.statement(r);
      statements.put(s.id(), s);
    }
    return new Result(sources, mentions, statements);
  }
}
