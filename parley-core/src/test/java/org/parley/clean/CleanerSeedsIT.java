package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

/**
 * The cleaner on the real seed articles and the Kyiv Independent CSV, read from {@code
 * ../shared/corpus} at run time (never copied into the repository).
 */
class CleanerSeedsIT {

  private static Path corpus;
  private final Cleaner cleaner = new Cleaner();

  @BeforeAll
  static void findCorpus() {
    String shared = System.getProperty("parley.shared", "../shared");
    corpus = Path.of(shared, "corpus");
    Assumptions.assumeTrue(
        Files.isDirectory(corpus.resolve("seeds")), "../shared/corpus not found: skipping");
  }

  private static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(corpus.resolve("seeds"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path seed(String prefix) throws IOException {
    return seeds().stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  private static boolean covered(List<Span> spans, int start, int end) {
    for (Span span : spans) {
      if (span.start() <= start && end <= span.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean touched(List<Span> spans, int start, int end) {
    return spans.stream().anyMatch(s -> s.overlaps(start, end));
  }

  /** The first paragraph of real prose: the first line with at least 15 words. */
  private static int[] firstParagraph(String text) {
    int at = 0;
    for (String line : text.split("\n", -1)) {
      if (line.strip().split("\\s+").length >= 15) {
        return new int[] {at, at + line.length()};
      }
      at += line.length() + 1;
    }
    throw new AssertionError("no prose paragraph");
  }

  @Test
  void spansAreSortedNonOverlappingAndInBounds() throws IOException {
    for (Path seed : seeds()) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      List<Span> spans = cleaner.junkSpans(text);
      int at = 0;
      for (Span span : spans) {
        assertThat(span.start()).as(seed + " " + span).isGreaterThanOrEqualTo(at);
        assertThat(span.end()).as(seed + " " + span).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(span.start(), span.end()).strip())
            .isEqualTo(text.substring(span.start(), span.end()));
        at = span.end();
      }
      assertThat(Cleaner.forNlp(text)).hasSameSizeAs(text);
    }
  }

  @Test
  void tailJunkIsMarked() throws IOException {
    String[] markers = {"Related Post", "Leave a Reply", "Visited", "Your email address"};
    int found = 0;
    for (Path seed : seeds()) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      List<Span> spans = cleaner.junkSpans(text);
      for (String marker : markers) {
        int i = text.lastIndexOf(marker);
        if (i > text.length() / 2) {
          found++;
          assertThat(covered(spans, i, i + marker.length())).as(seed + ": " + marker).isTrue();
        }
      }
    }
    assertThat(found).as("tail markers seen in the seeds").isGreaterThanOrEqualTo(3);
  }

  @Test
  void firstParagraphIsNeverJunk() throws IOException {
    for (Path seed : seeds()) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      int[] p = firstParagraph(text);
      assertThat(touched(cleaner.junkSpans(text), p[0], p[1])).as(seed.toString()).isFalse();
    }
  }

  @Test
  void otherTopicsBlockInSeed003IsJunkButProseAfterItIsNot() throws IOException {
    String text = Files.readString(seed("003_"), StandardCharsets.UTF_8);
    List<Span> spans = cleaner.junkSpans(text);
    int header = text.indexOf("Other Topics of Interest");
    assertThat(header).isPositive();
    Span block =
        spans.stream().filter(s -> s.overlaps(header, header + 1)).findFirst().orElseThrow();
    assertThat(block.label()).isEqualTo("related");
    // the teaser headline right before and after the header are inside the block
    int lineBefore = text.lastIndexOf("\n\n", header - 3) + 2;
    assertThat(block.start()).isLessThanOrEqualTo(lineBefore);
    int lineAfter = text.indexOf("\n\n", header) + 2;
    int lineAfterEnd = text.indexOf('\n', lineAfter);
    assertThat(covered(spans, lineAfter, lineAfterEnd)).isTrue();
    // the article resumes: the next prose paragraphs after the block are not junk
    int resume = text.indexOf("\n\n", block.end()) + 2;
    int resumeEnd = text.indexOf('\n', resume);
    assertThat(text.substring(resume, resumeEnd).split("\\s+").length).isGreaterThan(10);
    assertThat(touched(spans, resume, resumeEnd)).isFalse();
    // and the real subheadings further down are not junk either
    int quoted = text.indexOf('\u2018', resumeEnd);
    int quotedLineStart = text.lastIndexOf('\n', quoted) + 1;
    int quotedLineEnd = text.indexOf('\n', quoted);
    assertThat(touched(spans, quotedLineStart, quotedLineEnd)).isFalse();
    // about nine tenths of the article stay
    int junkChars = spans.stream().mapToInt(Span::length).sum();
    assertThat(junkChars).isLessThan(text.length() / 5);
  }

  @Test
  void teaserListAtTheEndOfSeed000IsJunk() throws IOException {
    String text = Files.readString(seed("000_"), StandardCharsets.UTF_8).stripTrailing();
    List<Span> spans = cleaner.junkSpans(text);
    assertThat(spans).isNotEmpty();
    Span last = spans.get(spans.size() - 1);
    assertThat(last.label()).isEqualTo("teaser");
    assertThat(last.end()).isEqualTo(text.length());
    String junk = text.substring(last.start(), last.end());
    assertThat(junk.split("\n")).hasSizeGreaterThanOrEqualTo(3);
    // the paragraph before the list is prose and stays
    int before = text.lastIndexOf('\n', last.start() - 2) + 1;
    assertThat(touched(spans, before, last.start() - 1)).isFalse();
  }

  @Test
  void kyivIndependentAudioNoticeIsMarked() throws IOException {
    Path csv =
        corpus.resolve("ukraine/kyiv-independent-2025/Kyiv_Independent_contenuti_articoli_estratti.csv");
    Assumptions.assumeTrue(Files.isRegularFile(csv), "Kyiv Independent CSV not found: skipping");
    String notice = "This audio is created with AI assistance";
    List<String> texts = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord record : parser) {
        texts.add(record.get("testo_articolo"));
      }
    }
    assertThat(texts).hasSizeGreaterThan(100);
    int withNotice = 0;
    for (String text : texts) {
      List<Span> spans = cleaner.junkSpans(text);
      int i = text.indexOf(notice);
      if (i >= 0) {
        withNotice++;
        assertThat(spans)
            .as("notice at %d", i)
            .anyMatch(s -> s.start() <= i && i + notice.length() <= s.end()
                && s.label().equals("audio-notice"));
      }
      // never more than half of an article is junk, except a scraped donation appeal (no article)
      if (spans.stream().anyMatch(s -> s.label().equals("appeal"))) {
        assertThat(new org.parley.model.Article("x", "x", null, null, null, null, null, null, null, null, text, spans).cleanText())
            .isEmpty();
        continue;
      }
      int junk = spans.stream().mapToInt(Span::length).sum();
      assertThat(junk).as(text.substring(0, Math.min(120, text.length())))
          .isLessThan(Math.max(200, text.length() / 2));
    }
    assertThat(withNotice).isGreaterThan(texts.size() / 2);
  }
}
