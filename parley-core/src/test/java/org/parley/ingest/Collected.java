package org.parley.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Article;

/** Test helper: reads inputs and keeps articles, warnings, skips and file-done calls. */
final class Collected implements IngestReport {
  final List<Article> articles = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<String> skips = new ArrayList<>();
  final List<Path> filesDone = new ArrayList<>();
  long bytesDone;

  static Collected read(FieldMapping mapping, Path... inputs) {
    Collected c = new Collected();
    Sources.read(List.of(inputs), mapping, c.articles::add, c);
    return c;
  }

  static Collected read(Path... inputs) {
    return read(FieldMapping.DEFAULT, inputs);
  }

  Article only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles.size() + "; skips " + skips);
    }
    return articles.get(0);
  }

  @Override
  public void warn(String source, String message) {
    warnings.add(source + ": " + message);
  }

  @Override
  public void skip(String source, String reason) {
    skips.add(source + ": " + reason);
  }

  @Override
  public void fileDone(Path file, long bytes) {
    filesDone.add(file);
    bytesDone += bytes;
  }
}
