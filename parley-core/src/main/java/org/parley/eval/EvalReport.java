package org.parley.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Figures of one evaluation run. Speaker accuracy counts overlap-matched pairs whose speaker is
 * right (canonical name or alias when the gold names one; else the source span overlaps).
 */
public record EvalReport(
    String corpus,
    int articles,
    int tokens,
    double extractSeconds,
    Prf contentExact,
    Prf contentOverlap,
    Prf source,
    Prf cue,
    int speakerCorrect,
    int speakerPairs,
    Map<String, Prf> overlapByKind,
    Map<String, Prf> exactByKind) {

  public double speakerAccuracy() {
    return speakerPairs == 0 ? 0 : speakerCorrect / (double) speakerPairs;
  }

  public double tokensPerSecond() {
    return extractSeconds == 0 ? 0 : tokens / extractSeconds;
  }

  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s: %d articles, %d tokens%n", corpus, articles, tokens));
    out.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s   %5s %5s%n", "", "P", "R", "F1", "pred", "gold"));
    out.append(contentExact.row("content exact")).append('\n');
    out.append(contentOverlap.row("content overlap")).append('\n');
    out.append(source.row("source span")).append('\n');
    out.append(cue.row("cue span")).append('\n');
    for (Map.Entry<String, Prf> e : exactByKind.entrySet()) {
      out.append(e.getValue().row("  " + e.getKey() + " exact")).append('\n');
    }
    for (Map.Entry<String, Prf> e : overlapByKind.entrySet()) {
      out.append(e.getValue().row("  " + e.getKey() + " overlap")).append('\n');
    }
    out.append(String.format(Locale.ROOT, "speaker accuracy       %6.3f   (%d/%d matched pairs)%n", speakerAccuracy(),
        speakerCorrect, speakerPairs));
    out.append(String.format(Locale.ROOT, "extraction             %.0f tokens/s (%.2f s, NLP excluded)%n",
        tokensPerSecond(), extractSeconds));
    return out.toString();
  }
}
