package org.parley.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Token;

/**
 * Decides which sentences are worth a dependency parse: those with a reporting cue (lemma in the
 * editable {@code cue-lemmas.txt}) or a quotation mark. Parsing is the costliest annotator, and a
 * sentence without either cannot hold an attributed statement.
 */
public final class ParseFilter {
  private final Set<String> cueLemmas;

  public ParseFilter(Set<String> cueLemmas) {
    this.cueLemmas = Set.copyOf(cueLemmas);
  }

  public static ParseFilter fromResource() {
    try (InputStream in = ParseFilter.class.getResourceAsStream("cue-lemmas.txt")) {
      if (in == null) {
        throw new IllegalStateException("cue-lemmas.txt missing from the classpath");
      }
      Set<String> lemmas = new HashSet<>();
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = reader.readLine()) != null; ) {
          String lemma = line.strip();
          if (!lemma.isEmpty() && !lemma.startsWith("#")) {
            lemmas.add(lemma.toLowerCase(Locale.ROOT));
          }
        }
      }
      return new ParseFilter(lemmas);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean worthParsing(Iterable<Token> tokens) {
    for (Token token : tokens) {
      String word = token.word();
      if (isQuote(word)) {
        return true;
      }
      String lemma = token.lemma() == null ? word : token.lemma();
      if (cueLemmas.contains(lemma.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  static boolean isQuote(String word) {
    switch (word) {
      case "\"":
      case "``":
      case "''":
      case "\u201c":
      case "\u201d":
      case "\u201e":
      case "\u00ab":
      case "\u00bb":
        return true;
      default:
        return false;
    }
  }
}
