package org.parley.eval;

import java.nio.file.Path;

/** File-name conventions of PolNeAR: {@code attributions/<article>_<annotator>.ann}. */
final class PolnearCorpus {
  private PolnearCorpus() {}

  static String articleStem(Path ann) {
    String name = ann.getFileName().toString();
    name = name.substring(0, name.length() - ".ann".length());
    int us = name.lastIndexOf('_');
    return us < 0 ? name : name.substring(0, us);
  }
}
