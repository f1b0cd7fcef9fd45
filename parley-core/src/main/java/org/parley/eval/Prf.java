package org.parley.eval;

import java.util.Locale;

/** Counts for precision/recall/F1: true positives against predicted and gold totals. */
public record Prf(int tpPredicted, int predicted, int tpGold, int gold) {
  public static final Prf ZERO = new Prf(0, 0, 0, 0);

  public double precision() {
    return predicted == 0 ? 0 : tpPredicted / (double) predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : tpGold / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Prf plus(Prf o) {
    return new Prf(tpPredicted + o.tpPredicted, predicted + o.predicted, tpGold + o.tpGold, gold + o.gold);
  }

  String row(String label) {
    return String.format(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f   %5d %5d", label, precision(), recall(), f1(),
        predicted, gold);
  }
}
