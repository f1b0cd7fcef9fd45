package org.parley.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Link;
import org.parley.model.LinkType;

/**
 * What reuse detection keeps between runs, so that adding articles costs work for those articles
 * only: every linked article (id, outlet, date; items numbered in order of addition) and the sorted
 * shingle postings of all of them. {@link #update} aligns the added articles against the postings,
 * and re-aligns the few earlier pairs whose shared shingles became boilerplate (more than {@code
 * dfCap} articles) with the additions, so the passages equal those of a full run. Stored in the
 * links directory: {@value #META} and {@value #POSTINGS}.
 */
final class ReuseIndex implements LinkStore.State {
  static final String META = "reuse-articles.jsonl";
  static final String POSTINGS = "reuse-shingles.bin";
  /** Bump when shingling or the file layout changes: an index of another version is rebuilt. */
  static final int VERSION = 1;

  /** An article as the index keeps it (no text). */
  record Article(String id, String outlet, LocalDate published) {}

  /** The header line of {@value #META}: what the postings were made with. */
  record Header(int version, ReuseDetector.Config config, int articles, long postings) {}

  private final ReuseDetector.Config config;
  private final List<Article> articles;
  private final long[] postings;

  ReuseIndex(ReuseDetector.Config config, List<Article> articles, long[] postings) {
    this.config = config;
    this.articles = articles;
    this.postings = postings;
  }

  /** The index of a full run: the detector's articles and the postings of its result. */
  static ReuseIndex of(ReuseDetector detector, ReuseDetector.Result result) {
    List<Article> articles = new ArrayList<>(detector.size());
    for (int i = 0; i < detector.size(); i++) {
      ReuseDoc d = detector.doc(i);
      articles.add(new Article(d.id(), d.outlet(), d.published()));
    }
    return new ReuseIndex(detector.config(), articles, result.sortedPostings());
  }

  int size() {
    return articles.size();
  }

  /**
   * True when these stored articles still have the outlet and date this index has for them (an
   * article's text never changes under its id, but a rewritten article could carry other metadata).
   */
  boolean sameMetadata(List<ReuseDoc> stored) {
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) {
      byId.put(a.id(), a);
    }
    for (ReuseDoc d : stored) {
      Article a = byId.get(d.id());
      if (a == null || !java.util.Objects.equals(a.outlet(), d.outlet()) || !java.util.Objects.equals(a.published(), d.published())) {
        return false;
      }
    }
    return true;
  }

  Set<String> ids() {
    Set<String> ids = new HashSet<>(articles.size() * 2);
    for (Article a : articles) {
      ids.add(a.id());
    }
    return ids;
  }

  /** Reads the texts of stored articles by id (only the few an update must re-tokenise). */
  interface Texts {
    List<ReuseDoc> load(Collection<String> ids) throws IOException;
  }

  /** An update: all passages now, the index to keep, and how many pairs with added articles were aligned. */
  record Update(List<Link> passages, ReuseIndex index, long candidatePairs) {}

  /**
   * Adds {@code added} (articles not in this index) to a run whose passages were {@code passages}:
   * returns the passages a full run over all the articles gives.
   */
  Update update(List<ReuseDoc> added, Texts texts, List<Link> passages) throws IOException {
    int m = articles.size();
    ReuseDetector detector = new ReuseDetector(config);
    Map<Integer, Integer> local = new HashMap<>(); // index item -> detector item
    long[] fresh = new long[0];
    int n = 0;
    for (ReuseDoc d : added) {
      int item = m + local.size();
      local.put(item, detector.size());
      detector.add(d);
      long[] fs = detector.features(detector.size() - 1);
      if (n + fs.length > fresh.length) {
        fresh = Arrays.copyOf(fresh, Math.max(2 * fresh.length, n + fs.length));
      }
      for (long f : fs) {
        fresh[n++] = f | item;
      }
    }
    fresh = Arrays.copyOf(fresh, n);
    Arrays.sort(fresh);
    long[] merged = merge(postings, fresh);

    // boilerplate now: every feature of the merged postings held by more than dfCap articles
    LongIntMap frequent = new LongIntMap(64);
    for (int i = 0; i < merged.length; ) {
      long feature = PairCounter.featureKey(merged[i]);
      int distinct = 0;
      int last = -1;
      for (; i < merged.length && PairCounter.featureKey(merged[i]) == feature; i++) {
        if (PairCounter.item(merged[i]) != last) {
          last = PairCounter.item(merged[i]);
          distinct++;
        }
      }
      if (distinct > config.dfCap()) {
        frequent.add(feature, distinct);
      }
    }
    // only the added articles' features can make new pairs, or turn into boilerplate
    LongIntMap pairs = new LongIntMap(1024);
    Set<Long> affected = new HashSet<>();
    for (int k = 0; k < fresh.length; ) {
      long feature = PairCounter.featureKey(fresh[k]);
      while (k < fresh.length && PairCounter.featureKey(fresh[k]) == feature) {
        k++;
      }
      int from = lowerBound(merged, feature);
      int to = from;
      while (to < merged.length && PairCounter.featureKey(merged[to]) == feature) {
        to++;
      }
      int[] holders = holders(merged, from, to);
      int olds = 0;
      while (olds < holders.length && holders[olds] < m) {
        olds++;
      }
      if (holders.length > config.dfCap()) {
        if (olds <= config.dfCap()) {
          // boilerplate only now: earlier pairs that shared it may lose passages
          for (int a = 0; a < olds; a++) {
            for (int b = a + 1; b < olds; b++) {
              affected.add(((long) holders[a] << 32) | holders[b]);
            }
          }
        }
      } else {
        for (int a = 0; a < holders.length; a++) {
          for (int b = Math.max(a + 1, olds); b < holders.length; b++) {
            pairs.add(((long) holders[a] << 32) | holders[b], 1);
          }
        }
      }
    }
    long[] candidates = pairs.keysAtLeast(config.minSharedShingles());

    // earlier articles to tokenise again: the other side of every candidate and affected pair
    Set<Integer> needed = new LinkedHashSet<>();
    for (long pair : candidates) {
      if ((int) (pair >>> 32) < m) {
        needed.add((int) (pair >>> 32)); // the other side is an added article
      }
    }
    for (long pair : affected) {
      needed.add((int) (pair >>> 32));
      needed.add((int) pair);
    }
    List<String> ids = new ArrayList<>();
    for (int item : needed) {
      ids.add(articles.get(item).id());
    }
    Map<String, ReuseDoc> byId = new HashMap<>();
    for (ReuseDoc d : texts.load(ids)) {
      byId.put(d.id(), d);
    }
    for (int item : needed) {
      ReuseDoc d = byId.get(articles.get(item).id());
      if (d == null) {
        throw new IOException("article " + articles.get(item).id() + " is no longer stored");
      }
      local.put(item, detector.size());
      detector.add(d);
    }

    List<Link> found = new ArrayList<>();
    for (long pair : candidates) {
      found.addAll(detector.alignPair(local.get((int) (pair >>> 32)), local.get((int) pair), frequent));
    }
    Set<String> redone = new HashSet<>();
    for (long pair : affected) {
      int a = local.get((int) (pair >>> 32));
      int b = local.get((int) pair);
      redone.add(pairKey(detector.doc(a).id(), detector.doc(b).id()));
      if (SortedLongs.intersect(detector.features(a), detector.features(b), frequent) >= config.minSharedShingles()) {
        found.addAll(detector.alignPair(a, b, frequent));
      }
    }
    List<Link> out = new ArrayList<>(passages.size() + found.size());
    for (Link l : passages) {
      if (l.type() == LinkType.REUSED_PASSAGE && !redone.contains(pairKey(l.fromArticle(), l.toArticle()))) {
        out.add(l);
      }
    }
    out.addAll(found);
    out.sort(ReuseDetector.PASSAGE_ORDER);

    List<Article> all = new ArrayList<>(articles);
    for (ReuseDoc d : added) {
      all.add(new Article(d.id(), d.outlet(), d.published()));
    }
    return new Update(out, new ReuseIndex(config, all, merged), candidates.length);
  }

  private static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + ">" + b : b + ">" + a;
  }

  /** The first position in sorted {@code postings} of {@code feature}'s run (or where it would be). */
  private static int lowerBound(long[] postings, long feature) {
    int lo = 0;
    int hi = postings.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (postings[mid] < feature) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Distinct items of the postings run [from, to), in increasing order. */
  private static int[] holders(long[] postings, int from, int to) {
    int[] out = new int[to - from];
    int n = 0;
    for (int k = from; k < to; k++) {
      int item = PairCounter.item(postings[k]);
      if (n == 0 || out[n - 1] != item) {
        out[n++] = item;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long[] merge(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < b.length) {
      out[k++] = b[j++];
    }
    return out;
  }

  @Override
  public void write(Path dir) throws IOException {
    List<Object> lines = new ArrayList<>(articles.size() + 1);
    lines.add(new Header(VERSION, config, articles.size(), postings.length));
    lines.addAll(articles);
    LinkStore.writeLines(dir.resolve(META), lines);
    try (FileChannel ch = FileChannel.open(dir.resolve(POSTINGS), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
      for (long p : postings) {
        if (buf.remaining() < Long.BYTES) {
          buf.flip();
          while (buf.hasRemaining()) {
            ch.write(buf);
          }
          buf.clear();
        }
        buf.putLong(p);
      }
      buf.flip();
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }

  /** The index stored in {@code dir}, or null when there is none or it was made differently. */
  static ReuseIndex read(Path dir, ReuseDetector.Config config) throws IOException {
    Path meta = dir.resolve(META);
    Path post = dir.resolve(POSTINGS);
    if (!Files.exists(meta) || !Files.exists(post)) {
      return null;
    }
    List<Article> articles = new ArrayList<>();
    Header header = null;
    try (var r = Files.newBufferedReader(meta)) {
      String first = r.readLine();
      if (first == null) {
        return null;
      }
      header = LinkStore.JSON.readValue(first, Header.class);
      if (header.version() != VERSION || !config.equals(header.config())) {
        return null;
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        articles.add(LinkStore.JSON.readValue(line, Article.class));
      }
    }
    long bytes = Files.size(post);
    if (articles.size() != header.articles() || bytes != header.postings() * Long.BYTES) {
      return null; // torn: rebuild
    }
    long[] postings = new long[(int) header.postings()];
    try (FileChannel ch = FileChannel.open(post, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
      int k = 0;
      while (k < postings.length) {
        buf.clear();
        // fill the buffer whole (a multiple of 8 bytes), so no long is split across reads
        while (buf.hasRemaining() && ch.read(buf) >= 0) {
          // keep reading
        }
        buf.flip();
        int count = Math.min(buf.remaining() / Long.BYTES, postings.length - k);
        if (count == 0) {
          return null;
        }
        buf.asLongBuffer().get(postings, k, count);
        k += count;
      }
    }
    return new ReuseIndex(config, articles, postings);
  }
}
