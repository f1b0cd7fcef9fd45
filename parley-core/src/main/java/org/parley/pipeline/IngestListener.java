package org.parley.pipeline;

/** Hears about problems as they happen, so the CLI can print them at once. */
public interface IngestListener {
  /** A file or record dropped, with why. */
  void skipped(String source, String reason);

  /** Something read with a caveat (e.g. a guessed charset). */
  void warned(String source, String message);

  IngestListener SILENT =
      new IngestListener() {
        @Override
        public void skipped(String source, String reason) {}

        @Override
        public void warned(String source, String message) {}
      };
}
