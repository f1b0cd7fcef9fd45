package org.parley.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Span;

/**
 * Word tokens with their character offsets, normalised for comparison: lower case, accents folded,
 * British -ise spellings as -ize, possessive {@code 's} dropped. Plus the seeded hashing every
 * linker uses (reproducible: the same input gives the same shingles, candidates and links).
 */
public final class Words {
  /** Seed of all link hashing; fixed so that runs are reproducible. */
  public static final long SEED = 0x5eed_1ab5_c0ffeeL;

  /** Tokens of a text: normalised word, start, end (end exclusive), in text order. */
  public record Tokens(String[] words, int[] starts, int[] ends) {
    public int size() {
      return words.length;
    }
  }

  private Words() {}

  public static Tokens tokenize(String text) {
    return tokenize(text, List.of());
  }

  /** Tokens of {@code text} outside the {@code junk} spans. */
  public static Tokens tokenize(String text, List<Span> junk) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (inJunk(junk, start, i)) {
        continue;
      }
      String w = normalise(text.substring(start, i));
      // possessive or contraction tail after an apostrophe: "Russia's" -> russia
      if (w.equals("s") && start > 0 && isApostrophe(text.charAt(start - 1)) && !words.isEmpty()) {
        continue;
      }
      words.add(w);
      spans.add(new int[] {start, i});
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = spans.get(k)[0];
      ends[k] = spans.get(k)[1];
    }
    return new Tokens(words.toArray(String[]::new), starts, ends);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static boolean inJunk(List<Span> junk, int start, int end) {
    for (Span s : junk) {
      if (s.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** One word as compared: lower case, folded, -ise spelt -ize, "Zelenskyy" as "zelensky". */
  public static String normalise(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!isAscii(w)) {
      w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    if (w.length() > 5) {
      if (w.contains("isation")) {
        w = w.replace("isation", "ization");
      } else if (w.endsWith("ised") || w.endsWith("ises") || w.endsWith("ising")) {
        int at = w.lastIndexOf("is");
        w = w.substring(0, at) + "iz" + w.substring(at + 2);
      } else if (w.endsWith("yy")) {
        w = w.substring(0, w.length() - 1);
      }
    }
    return w;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** Seeded 64-bit hash of a word (FNV-1a, then a murmur finaliser). */
  public static long hash(String word) {
    long h = 0xcbf29ce484222325L ^ SEED;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** Murmur3's 64-bit finaliser: a good avalanche for combining hashes. */
  public static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** Order-sensitive hash of the {@code n} words starting at {@code from}. */
  public static long shingle(long[] wordHashes, int from, int n) {
    long h = SEED;
    for (int k = 0; k < n; k++) {
      h = mix(h * 31 + wordHashes[from + k]);
    }
    return h;
  }

  public static long[] hashes(String[] words) {
    long[] out = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      out[i] = hash(words[i]);
    }
    return out;
  }
}
