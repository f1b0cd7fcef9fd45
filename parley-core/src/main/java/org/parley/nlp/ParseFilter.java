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
 * Decides which sentences are worth a dependency parse: those where statement extraction can find
 * a reporting frame, i.e. with a verb or noun (POS {@code VB*}, {@code NN*}) whose lemma is a reporting cue (the editable
 * {@code cue-lemmas.txt}), or "according" ("according to X"). Parsing is the costliest annotator
 * (about 60% of annotation time), and frames are the only thing read from a parse: quotations
 * are found in the text and attributed through the frames of their own or nearby sentences, so a
 * sentence with a quotation mark but no cue verb gains nothing from a parse. The older rule (any
 * cue lemma, any part of speech, or a quotation mark) parsed about 70% of tokens; this one about
 * half, with the same statements (docs/performance.md).
 */
public final class ParseFilter {
  private final Set<String> cueLemmas;
  private final boolean verbCuesOnly;

  public ParseFilter(Set<String> cueLemmas) {
    this(cueLemmas, true);
  }

  /** {@code verbCuesOnly=false}: the older rule, kept for measuring against. */
  ParseFilter(Set<String> cueLemmas, boolean verbCuesOnly) {
    this.cueLemmas = Set.copyOf(cueLemmas);
    this.verbCuesOnly = verbCuesOnly;
  }

  /** The older, wider rule (a cue lemma with any part of speech, or a quotation mark). */
  ParseFilter wider() {
    return new ParseFilter(cueLemmas, false);
  }

  /** The cue lemmas it reads (for measuring which of them lead to statements). */
  Set<String> cueLemmas() {
    return cueLemmas;
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
    if (verbCuesOnly) {
      for (Token token : tokens) {
        String word = token.word();
        if (word.equalsIgnoreCase("according")) {
          return true;
        }
        String lemma = (token.lemma() == null ? word : token.lemma()).toLowerCase(Locale.ROOT);
        String pos = token.pos();
        // Verbs, and nouns too: the cue model reads noun cues ("calls for", "opposition to").
        if (cueLemmas.contains(lemma) && (pos == null || pos.startsWith("VB") || pos.startsWith("NN"))) {
          return true;
        }
      }
      return false;
    }
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
