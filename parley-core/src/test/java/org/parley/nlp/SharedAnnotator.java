package org.parley.nlp;

/** One annotator per test JVM: loading CoreNLP models takes seconds. */
public final class SharedAnnotator {
  private static NlpAnnotator instance;

  private SharedAnnotator() {}

  public static synchronized NlpAnnotator get() {
    if (instance == null) {
      instance = new NlpAnnotator(NlpConfig.DEFAULT);
    }
    return instance;
  }
}
