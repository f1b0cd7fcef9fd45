package org.parley.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.nlp.NlpAnnotator;

/**
 * Optional on-disk cache of NLP annotations for evaluation runs ({@code -Dparley.eval.cache=DIR}):
 * error analysis reruns extraction many times over the same articles, and CoreNLP dominates the
 * time. Entries are keyed by the article text and the parse filter's cue lemmas (which decide the
 * sentences that get a parse), so editing {@code cue-lemmas.txt} starts a fresh cache.
 */
final class AnnotationCache {
  private static final String DIR = System.getProperty("parley.eval.cache");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String filterKey;

  private AnnotationCache() {}

  /** Cached sentences and mentions of one article. */
  record Entry(List<Sentence> sentences, List<Mention> mentions) {}

  static AnnotatedArticle annotate(NlpAnnotator annotator, Article article) {
    if (DIR == null) {
      return annotator.annotate(article);
    }
    Path file = Path.of(DIR).resolve(sha(filterKey() + "\n" + article.text()) + ".json.gz");
    if (Files.exists(file)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        Entry e = JSON.readValue(in, Entry.class);
        return new AnnotatedArticle(article, e.sentences(), e.mentions());
      } catch (IOException e) {
        // fall through: annotate again
      }
    }
    AnnotatedArticle a = annotator.annotate(article);
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        JSON.writeValue(out, new Entry(a.sentences(), a.mentions()));
      }
    } catch (IOException e) {
      // a cache that cannot be written is no cache
    }
    return a;
  }

  /** The cached annotation of an article, or null when it is not in the cache. */
  static AnnotatedArticle cachedOnly(Article article) {
    if (DIR == null) {
      return null;
    }
    Path file = Path.of(DIR).resolve(sha(filterKey() + "\n" + article.text()) + ".json.gz");
    if (!Files.exists(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Entry e = JSON.readValue(in, Entry.class);
      return new AnnotatedArticle(article, e.sentences(), e.mentions());
    } catch (IOException e) {
      return null;
    }
  }

  private static synchronized String filterKey() {
    String override = System.getProperty("parley.eval.cache.filter");
    if (filterKey == null && override != null) {
      // Training on a cache filled under an earlier cue-lemmas.txt: that file's text is the key.
      try {
        filterKey = Files.readString(Path.of(override), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    if (filterKey == null) {
      try (InputStream in = NlpAnnotator.class.getResourceAsStream("cue-lemmas.txt")) {
        filterKey = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        filterKey = "";
      }
    }
    return filterKey;
  }

  private static String sha(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
