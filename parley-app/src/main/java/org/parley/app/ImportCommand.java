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
      "(its articles.jsonl/ part files), or one such JSONL file. Articles already indexed are skipped."
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
}
