package org.parley.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.parley.model.Article;

/**
 * The public face of ingest: walks files and folders and streams every article found to a sink,
 * one at a time, so memory stays bounded whatever the corpus size. Never throws for bad input:
 * problems go to the {@link IngestReport}.
 */
public final class Sources {
  private Sources() {}

  /**
   * Reads every input (files, folders recursively) and passes each article (id computed, no junk
   * marked yet) to {@code sink}, in input order.
   */
  public static void read(List<Path> inputs, FieldMapping mapping, Consumer<Article> sink, IngestReport report) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Total size in bytes of the readable input files, for progress and ETA. */
  public static long totalBytes(List<Path> inputs) {
    throw new UnsupportedOperationException("TODO");
  }
}
