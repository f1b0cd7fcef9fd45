package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every file of {@code ../shared/corpus/feeds/chardet-tests/<encoding>/} must decode to the text
 * its folder's encoding gives; the test prints the share that does and names the files that do
 * not, and reads the whole folder through ingest to check nothing is lost silently.
 */
class ChardetCorpusIT {
  /** Share of files decoded to the folder's encoding at least: raise it as decoding improves. */
  static final double FLOOR = 0.90;

  static Path corpus() {
    Path dir = Path.of(System.getProperty("parley.shared", "../shared"), "corpus", "feeds", "chardet-tests");
    Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/corpus not found: skipping");
    return dir;
  }

  /** The Java charset a folder name means: the longest leading part Java knows. */
  static Charset folderCharset(String folder) {
    String name = folder;
    while (true) {
      try {
        String javaName =
            switch (name.toLowerCase(Locale.ROOT)) {
              case "ascii" -> "US-ASCII";
              case "cp932" -> "windows-31j"; // Java's "cp932" alias is IBM's, not Microsoft's
              default -> name;
            };
        return Charset.forName(javaName);
      } catch (IllegalArgumentException e) {
        int dash = name.lastIndexOf('-');
        if (dash < 0) {
          throw e;
        }
        name = name.substring(0, dash);
      }
    }
  }

  static String expected(byte[] bytes, Charset charset) {
    Decoding.Plan bom = Decoding.plan(bytes);
    int skip = bom.bomLength();
    String generic = charset.name().toUpperCase(Locale.ROOT);
    if (skip > 0 && (generic.equals("UTF-16") || generic.equals("UTF-32"))) {
      charset = bom.charset(); // the folder names the family; the BOM says which order
    }
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  /**
   * Right: the same text as the folder's charset gives, or, when we chose a superset of it (GBK
   * for GB2312, windows-31j for Shift_JIS or CP932, windows-1252 for Latin-1), no more
   * undecodable characters than it.
   */
  static boolean right(String want, String got, Charset folder, Charset ours) {
    if (want.equals(got)) {
      return true;
    }
    String f = folder.name().toLowerCase(Locale.ROOT);
    String o = ours.name().toLowerCase(Locale.ROOT);
    boolean superset =
        f.equals("gb2312") && (o.equals("gbk") || o.equals("gb18030"))
            || (f.equals("shift_jis") || f.contains("943") || f.contains("932")) && o.equals("windows-31j")
            || f.equals("iso-8859-1") && o.equals("windows-1252")
            || f.equals("us-ascii") && (o.equals("utf-8") || o.equals("windows-1252"));
    return superset && replacements(got) <= replacements(want);
  }

  private static long replacements(String s) {
    return s.chars().filter(c -> c == 0xFFFD).count();
  }

  static Decoding.Plan ours(Path file, byte[] bytes) {
    Sources.Kind kind = Sources.kind(file);
    return kind == Sources.Kind.HTML || kind == Sources.Kind.XML
        ? Decoding.planMarkup(bytes, null)
        : Decoding.plan(bytes);
  }

  @Test
  void everyFileDecodesToItsFoldersEncoding() throws IOException {
    Path root = corpus();
    List<String> wrong = new ArrayList<>();
    int total = 0;
    List<Path> folders;
    try (Stream<Path> s = Files.list(root)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      Charset charset = folderCharset(folder.getFileName().toString());
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path file : files) {
        total++;
        byte[] bytes = Files.readAllBytes(file);
        Decoding.Plan plan = ours(file, bytes);
        String want = expected(bytes, charset);
        String got = plan.decode(bytes);
        if (!right(want, got, charset, plan.charset())) {
          wrong.add(root.relativize(file) + " read as " + plan.charset().name() + " (folder: " + charset.name() + ")");
        }
      }
    }
    double share = (double) (total - wrong.size()) / total;
    System.out.printf(
        Locale.ROOT,
        "chardet-tests: %d/%d files decoded to their folder's encoding (%.1f%%)%n",
        total - wrong.size(),
        total,
        100 * share);
    wrong.forEach(w -> System.out.println("  not decoded right: " + w));
    assertThat(share).isGreaterThanOrEqualTo(FLOOR);
  }

  @Test
  void ingestReportsEveryFile() {
    Path root = corpus();
    Collected c = Collected.read(root);
    // every file is either read (one or more articles) or skipped with a reason
    assertThat(c.filesDone).isNotEmpty();
    assertThat(c.articles).isNotEmpty();
    System.out.printf(
        Locale.ROOT,
        "chardet-tests ingest: %d articles, %d skips, %d warnings%n",
        c.articles.size(),
        c.skips.size(),
        c.warnings.size());
  }
}
