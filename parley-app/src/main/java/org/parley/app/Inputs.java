package org.parley.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.ingest.FieldMapping;

/** Parsing of the input arguments that ingest, extract and bench share. */
final class Inputs {
  private Inputs() {}

  static List<Path> paths(List<String> args) {
    return args.stream().map(Path::of).toList();
  }

  /** The local files among the inputs (URLs are left out), for sizing progress. */
  static List<Path> localPaths(List<String> args) {
    return args.stream().filter(a -> !isUrl(a)).map(Path::of).toList();
  }

  static boolean isUrl(String arg) {
    String lower = arg.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** {@code --map text=body,title=headline}. */
  static FieldMapping mapping(String spec) {
    if (spec == null || spec.isBlank()) {
      return FieldMapping.DEFAULT;
    }
    Map<String, String> overrides = new HashMap<>();
    for (String pair : spec.split(",")) {
      String[] kv = pair.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
        throw new IllegalArgumentException("--map expects field=column[,field=column...], got \"" + pair + "\"");
      }
      overrides.put(kv[0].strip().toLowerCase(java.util.Locale.ROOT), kv[1].strip());
    }
    return new FieldMapping(overrides);
  }
}
