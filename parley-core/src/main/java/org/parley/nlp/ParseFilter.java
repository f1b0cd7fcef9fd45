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
 * a reporting frame, i.e. with a verb or noun (POS {@code VB*}, {@code NN*}) whose lemma is a
 * reporting cue (the editable {@code cue-lemmas.txt}), or "according" ("according to X"). Parsing is the costliest annotator
 * (about 60% of annotation time), and frames are the only thing read from a parse: quotations
 * are found in the text and attributed through the frames of their own or nearby sentences, so a
 * sentence with a quotation mark but no cue verb gains nothing from a parse. The older rule (any
 * cue lemma, any part of speech, or a quotation mark) parsed about 70% of tokens; this one about
 * half, with the same statements (docs/performance.md).
 */
public final class ParseFilter {
  /** Which tokens with a cue lemma make a sentence worth parsing. */
  enum Rule {
    /** The first rule: a cue lemma with any part of speech, or a quotation mark. */
    ANY_CUE_OR_QUOTE,
    /** A cue lemma tagged as a verb or as any noun ({@code NN*}, proper nouns included): the default. */
    VERB_OR_ANY_NOUN,
    /**
     * A cue lemma tagged as a verb or a common noun ({@code NN}, {@code NNS}), the only nouns the
     * cue model scores; measured no faster (0.3% fewer tokens parsed) and not the same: a parse
     * let in by a proper noun also gives the model its other verbs.
     */
    VERB_OR_COMMON_NOUN,
    /** A cue lemma tagged as a verb. */
    VERB
  }

  private final Set<String> cueLemmas;
  private final Rule rule;

  public ParseFilter(Set<String> cueLemmas) {
    this(cueLemmas, Rule.VERB_OR_ANY_NOUN);
  }

  /** With another rule, for measuring one against another. */
  ParseFilter(Set<String> cueLemmas, Rule rule) {
    this.cueLemmas = Set.copyOf(cueLemmas);
    this.rule = rule;
  }

  /** The older, wider rule (a cue lemma with any part of speech, or a quotation mark). */
  ParseFilter wider() {
    return with(Rule.ANY_CUE_OR_QUOTE);
  }

  ParseFilter with(Rule other) {
    return new ParseFilter(cueLemmas, other);
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
    for (Token token : tokens) {
      String word = token.word();
      if (rule == Rule.ANY_CUE_OR_QUOTE ? isQuote(word) : word.equalsIgnoreCase("according")) {
        return true;
      }
      String lemma = (token.lemma() == null ? word : token.lemma()).toLowerCase(Locale.ROOT);
      if (cueLemmas.contains(lemma) && takes(token.pos())) {
        return true;
      }
    }
    return false;
  }

  private boolean takes(String pos) {
    if (pos == null || rule == Rule.ANY_CUE_OR_QUOTE || pos.startsWith("VB")) {
      return true;
    }
    return switch (rule) {
      case VERB_OR_ANY_NOUN -> pos.startsWith("NN");
      case VERB_OR_COMMON_NOUN -> pos.equals("NN") || pos.equals("NNS");
      default -> false;
    };
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
