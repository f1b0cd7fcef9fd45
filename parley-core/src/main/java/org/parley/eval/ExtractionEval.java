package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.parley.ingest.HtmlExtractor;

/**
 * Measures web-page extraction ({@link HtmlExtractor}) against two public sets: the article
 * extraction benchmark (body text, scored with its 4-token-shingle metric) and Readability's test
 * pages (title, byline, site name, date and language from {@code expected-metadata.json}, and
 * the body against {@code expected.html}).
 */
public final class ExtractionEval {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExtractionEval() {}

  /** Body scores: means over pages of per-page precision and recall, F1 of the means. */
  public record BodyScore(int pages, double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Exact matches out of the pages where the expected value is present. */
  public record Accuracy(int correct, int total) {
    public double share() {
      return total == 0 ? 1 : (double) correct / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", share(), correct, total);
    }
  }

  /** One page's disagreement, for looking at errors. */
  public record Miss(String page, String field, String expected, String found) {}

  /** Everything measured; a set absent from disk has {@code pages == 0}. */
  public record Report(
      BodyScore benchmark,
      BodyScore readabilityBody,
      Accuracy title,
      Accuracy byline,
      Accuracy siteName,
      Accuracy date,
      Accuracy language,
      List<Miss> misses,
      Map<String, double[]> perPage) {
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append("HTML extraction\n");
      out.append(
          String.format(
              Locale.ROOT,
              "  article-extraction-benchmark (%d pages): body P %.3f  R %.3f  F1 %.3f%n",
              benchmark.pages(), benchmark.precision(), benchmark.recall(), benchmark.f1()));
      out.append(
          String.format(
              Locale.ROOT,
              "  readability-test-pages (%d pages): body P %.3f  R %.3f  F1 %.3f%n",
              readabilityBody.pages(), readabilityBody.precision(), readabilityBody.recall(), readabilityBody.f1()));
      out.append("    title exact      ").append(title).append('\n');
      out.append("    date (day)       ").append(date).append('\n');
      out.append("    byline exact     ").append(byline).append('\n');
      out.append("    site name exact  ").append(siteName).append('\n');
      out.append("    language         ").append(language).append('\n');
      return out.toString();
    }
  }

  /**
   * Runs both sets found under {@code htmlDir} (the corpus's {@code html/} folder holding {@code
   * article-extraction-benchmark/} and {@code readability-test-pages/}).
   */
  public static Report run(Path htmlDir) throws IOException {
    List<Miss> misses = new ArrayList<>();
    Map<String, double[]> perPage = new HashMap<>();
    BodyScore bench = benchmark(htmlDir.resolve("article-extraction-benchmark"), perPage);
    Path pages = htmlDir.resolve("readability-test-pages");
    int[] title = new int[2];
    int[] byline = new int[2];
    int[] site = new int[2];
    int[] date = new int[2];
    int[] lang = new int[2];
    List<double[]> body = new ArrayList<>();
    if (Files.isDirectory(pages)) {
      List<Path> cases = new ArrayList<>();
      try (DirectoryStream<Path> dirs = Files.newDirectoryStream(pages)) {
        for (Path d : dirs) {
          if (Files.isRegularFile(d.resolve("source.html")) && Files.isRegularFile(d.resolve("expected-metadata.json"))) {
            cases.add(d);
          }
        }
      }
      cases.sort(null);
      for (Path d : cases) {
        String name = d.getFileName().toString();
        JsonNode expected = JSON.readTree(d.resolve("expected-metadata.json").toFile());
        HtmlExtractor.Result r =
            HtmlExtractor.extract(Files.readAllBytes(d.resolve("source.html")), null, "http://fakehost/test/page.html");
        compare(name, "title", text(expected, "title"), r.title(), title, misses, false);
        compare(name, "byline", text(expected, "byline"), r.byline(), byline, misses, false);
        compare(name, "siteName", text(expected, "siteName"), r.siteName(), site, misses, false);
        compare(name, "lang", text(expected, "lang"), r.language(), lang, misses, false);
        String expectedDate = text(expected, "publishedTime");
        if (expectedDate != null) {
          LocalDate want = parseDay(expectedDate);
          LocalDate got = r.published();
          date[1]++;
          if (want != null && want.equals(got)) {
            date[0]++;
          } else {
            misses.add(new Miss(name, "date", expectedDate, r.publishedRaw()));
          }
        }
        Path expectedHtml = d.resolve("expected.html");
        if (Files.isRegularFile(expectedHtml)) {
          String truth = Jsoup.parse(Files.readString(expectedHtml)).text();
          double[] s = score(truth, r.text());
          body.add(s);
          perPage.put("readability/" + name, s);
        }
      }
    }
    return new Report(
        bench,
        means(body),
        new Accuracy(title[0], title[1]),
        new Accuracy(byline[0], byline[1]),
        new Accuracy(site[0], site[1]),
        new Accuracy(date[0], date[1]),
        new Accuracy(lang[0], lang[1]),
        misses,
        perPage);
  }

  private static LocalDate parseDay(String s) {
    Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(s.strip());
    if (m.find()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return null;
  }

  private static void compare(
      String page, String field, String expected, String found, int[] counts, List<Miss> misses, boolean ignoreCase) {
    if (expected == null || expected.isBlank()) {
      return;
    }
    counts[1]++;
    String e = norm(expected);
    String f = found == null ? "" : norm(found);
    if (ignoreCase ? e.equalsIgnoreCase(f) : e.equals(f)) {
      counts[0]++;
    } else {
      misses.add(new Miss(page, field, expected, found));
    }
  }

  private static String norm(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static BodyScore benchmark(Path dir, Map<String, double[]> perPage) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      return new BodyScore(0, 0, 0);
    }
    JsonNode truth = JSON.readTree(truthFile.toFile());
    List<double[]> scores = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
      ids.add(it.next());
    }
    ids.sort(null);
    for (String id : ids) {
      Path page = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(page)) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        bytes = in.readAllBytes();
      }
      JsonNode t = truth.get(id);
      String url = t.path("url").asText("");
      HtmlExtractor.Result r = HtmlExtractor.extract(bytes, null, url);
      double[] s = score(t.path("articleBody").asText(""), r.text());
      scores.add(s);
      perPage.put("benchmark/" + id, s);
    }
    return means(scores);
  }

  private static BodyScore means(List<double[]> scores) {
    if (scores.isEmpty()) {
      return new BodyScore(0, 0, 0);
    }
    double p = 0;
    double r = 0;
    for (double[] s : scores) {
      p += s[0];
      r += s[1];
    }
    return new BodyScore(scores.size(), p / scores.size(), r / scores.size());
  }

  /** Per-page {precision, recall} of 4-token shingles (with multiplicity). */
  public static double[] score(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Entry<String, Integer> e : p.entrySet()) {
      int tc = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, e.getValue());
      fp += Math.max(0, e.getValue() - tc);
    }
    for (Entry<String, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      fn += Math.max(0, e.getValue() - pc);
    }
    double precision = tp + fp == 0 ? (tp + fn == 0 ? 1 : 0) : tp / (tp + fp);
    double recall = tp + fn == 0 ? 1 : tp / (tp + fn);
    return new double[] {precision, recall};
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> out = new HashMap<>();
    int n = Math.max(1, tokens.size() - 4 + 1);
    for (int i = 0; i < n; i++) {
      String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + 4)));
      if (!s.isEmpty()) {
        out.merge(s, 1, Integer::sum);
      }
    }
    return out;
  }

  /** Prints the report for the corpus's html folder given as the first argument. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/html");
    Report report = run(dir);
    System.out.print(report.format());
    if (args.length > 1 && args[1].equals("--misses")) {
      for (Miss m : report.misses()) {
        System.out.println("MISS " + m.page() + " " + m.field() + " expected=[" + m.expected() + "] found=[" + m.found() + "]");
      }
      report.perPage().entrySet().stream()
          .sorted((a, b) -> Double.compare(f1(a.getValue()), f1(b.getValue())))
          .limit(40)
          .forEach(e -> System.out.printf(Locale.ROOT, "PAGE %s P %.3f R %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
  }

  private static double f1(double[] s) {
    return s[0] + s[1] == 0 ? 0 : 2 * s[0] * s[1] / (s[0] + s[1]);
  }
}
