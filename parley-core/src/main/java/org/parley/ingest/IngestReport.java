package org.parley.ingest;

import java.nio.file.Path;

/**
 * Where readers tell what went wrong without stopping: a warning keeps the article (e.g. decoded
 * with a detected charset), a skip drops one file or record with its reason.
 */
public interface IngestReport {
  void warn(String source, String message);

  void skip(String source, String reason);

  /** Called once a whole input file has been read, for progress by bytes. */
  default void fileDone(Path file, long bytes) {}
}
