package org.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.pipeline.RecordsImport;
import org.parley.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles annotated elsewhere, without NLP: the output folder of parley-spark",
      "(its articles.jsonl/ part files), or one such JSONL file. Articles already indexed are skipped.",
      "Parquet: parley-spark writes every dataset as Parquet and as JSONL; given NAME.parquet, the JSONL twin",
      "NAME.jsonl beside it is read (the same records; reading Parquet here would need Hadoop's libraries)."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "SPARK_OUTPUT", description = "parley-spark --output folder, its articles.jsonl folder, or a JSONL file")
  Path input;

  @Override
  public Integer call() throws Exception {
    Path source = input;
    if (Files.isDirectory(input.resolve("articles.jsonl"))) {
      source = input.resolve("articles.jsonl");
    } else if (input.getFileName() != null && input.getFileName().toString().endsWith(".parquet")) {
      source = jsonlTwin(input);
    }
    if (!Files.exists(source)) {
      throw new IllegalArgumentException("no such file or folder: " + input);
    }
    long t0 = System.nanoTime();
    RecordsImport.Summary s;
    try (ArticleStore store = ArticleStore.open(data.dir)) {
      s = RecordsImport.run(source, store, IngestCommand.printingListener(System.err));
    }
    System.out.printf(
        "read %,d, added %,d, duplicates %,d, failed %,d; %,d statements in %.1f s%n",
        s.read(), s.added(), s.duplicates(), s.failed(), s.statements(), (System.nanoTime() - t0) / 1e9);
    return s.read() > 0 && s.added() + s.duplicates() == 0 ? 1 : 0;
  }

  /** parley-spark's {@code NAME.jsonl} beside {@code NAME.parquet}: the same records. */
  static Path jsonlTwin(Path parquet) {
    String name = parquet.getFileName().toString();
    Path twin = parquet.resolveSibling(name.substring(0, name.length() - ".parquet".length()) + ".jsonl");
    if (!Files.exists(twin)) {
      throw new IllegalArgumentException(
          parquet + ": parley import reads parley-spark's JSONL output, and no " + twin.getFileName() + " is beside it;"
              + " to ingest a Parquet article table, run parley-spark/run --output OUT " + parquet + ", then parley import OUT");
    }
    System.err.println("reading " + twin + " (parley-spark's JSONL twin of " + parquet.getFileName() + ")");
    return twin;
  }
}
