package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PolNeAR brat standoff file: {@code T} lines are typed spans ({@code Source}, {@code
 * Cue}, {@code Content}, possibly discontinuous {@code a b;c d}), {@code E} lines link them into
 * one attribution ({@code Attribution:T4 Content:T3 Cue:T2 Source:T1}; {@code
 * Attribution-no-source} has no source).
 */
public final class BratReader {
  /** One typed span of a brat file; {@code fragments} are [start, end) pairs. */
  public record BratSpan(String type, List<int[]> fragments) {
    public int start() {
      return fragments.get(0)[0];
    }

    public int end() {
      int end = 0;
      for (int[] f : fragments) {
        end = Math.max(end, f[1]);
      }
      return end;
    }
  }

  /** One attribution: spans may be null when absent. */
  public record BratAttribution(String id, BratSpan source, BratSpan cue, BratSpan content) {}

  private BratReader() {}

  public static List<BratAttribution> read(Path ann) {
    List<String> lines;
    try {
      lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, BratSpan> spans = new HashMap<>();
    for (String line : lines) {
      if (!line.startsWith("T")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      int space = cols[1].indexOf(' ');
      if (space < 0) {
        continue;
      }
      String type = cols[1].substring(0, space);
      List<int[]> frags = new ArrayList<>();
      for (String frag : cols[1].substring(space + 1).split(";")) {
        String[] se = frag.trim().split(" ");
        if (se.length == 2) {
          frags.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
      }
      frags.sort((x, y) -> Integer.compare(x[0], y[0]));
      if (!frags.isEmpty()) {
        spans.put(cols[0], new BratSpan(type, frags));
      }
    }
    List<BratAttribution> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.startsWith("E")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      BratSpan source = null;
      BratSpan cue = null;
      BratSpan content = null;
      for (String arg : cols[1].trim().split(" ")) {
        int colon = arg.lastIndexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = arg.substring(0, colon);
        BratSpan span = spans.get(arg.substring(colon + 1));
        if (span == null) {
          continue;
        }
        if (role.startsWith("Source") && source == null) {
          source = span;
        } else if (role.startsWith("Cue") && cue == null) {
          cue = span;
        } else if (role.startsWith("Content") && content == null) {
          content = span;
        }
      }
      if (content != null) {
        out.add(new BratAttribution(cols[0], source, cue, content));
      }
    }
    out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    return out;
  }
}
