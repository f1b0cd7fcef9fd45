package org.parley.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real CLI in-process and captures what it prints. */
record Cli(int exitCode, String out, String err) {
  static synchronized Cli run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** The number on a summary line such as {@code added        12}. */
  long summary(String label) {
    for (String line : out.split("\n")) {
      if (line.startsWith(label + " ")) {
        return Long.parseLong(line.substring(label.length()).strip().replace(",", ""));
      }
    }
    throw new AssertionError("no summary line " + label + " in:\n" + out);
  }
}
