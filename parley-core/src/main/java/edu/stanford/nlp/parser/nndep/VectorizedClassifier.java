package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;

/**
 * The nndep parser's transition scorer with CoreNLP's own arithmetic, laid out so that HotSpot C2
 * vectorises it. CoreNLP 4.5's {@code Classifier.computeScores} spends its time in sequential
 * dot products (one long floating-point dependency chain per value), which neither the CPU's
 * vector units nor its pipelines can overlap. Here the inner loops run across independent values
 * (hidden units, labels) instead, each value still summing the same terms in the same order, so
 * every score, and therefore every parse, is bit for bit CoreNLP's:
 *
 * <ul>
 *   <li>output layer: {@code scores[k] = sum_j hidden[j] * W2[k][j]} as an axpy over a transposed
 *       W2, four j at a time in one left-to-right expression ({@code ((s + a) + b) + ...}, the
 *       order of the sequential sum) so that {@code scores} is loaded and stored a quarter as often;
 *   <li>the precomputed hidden-layer rows (CoreNLP's own table, shared) are added four at a time
 *       in the same way;
 *   <li>a word not in the precomputed table: {@code slice[i] = (float) sum_k (double) (W1[i][off+k]
 *       * E[tok][k])} with the hidden units innermost (via a transposed W1), rounded to float as
 *       CoreNLP's cached slices are, and kept in a larger, lock-free, direct-mapped cache (CoreNLP's
 *       is a synchronized 5,000-entry LRU map, contended when two threads share a parser);
 *   <li>no scores at all while the stack holds at most ROOT and one word: then the arc-standard
 *       system allows one transition only (SHIFT, or the final arc from ROOT), which the parser
 *       takes whatever the scores; about a fifth of all transitions.
 * </ul>
 *
 * <p>Java 17's C2 does not vectorise float-to-double conversion, so the slice arithmetic stays
 * scalar (unrolling it over four embedding values, as the output layer is, measured no faster).
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private; {@link
 * #install} swaps it into a loaded parser, whose fields are private.
 */
public final class VectorizedClassifier extends Classifier {
  /** Slices cached for words outside the precomputed table: 2^14 x 1,000 floats, 66 MB when full. */
  static final int CACHE_BITS = 14;
  private static final int BLOCK = 4;
  /**
   * Index of the third stack word's POS in {@code DependencyParser.getFeatureArray}: 18 word
   * features (s3, s2, s1, ...), then 18 POS features in the same order.
   */
  private static final int S3_POS = 18;

  private final int hiddenSize;
  private final int embeddingSize;
  private final int numLabels;
  private final float[][] embeddings;
  private final double[] bias;
  /** W1 per feature position, transposed: {@code w1t[pos][k * hiddenSize + i] = W1[i][pos * embeddingSize + k]}. */
  private final float[][] w1t;
  /** {@code w2t[j * numLabels + k] = W2[k][j]}, widened to double as CoreNLP's dot product does. */
  private final double[] w2t;
  /** Row in {@link #precomputed} per feature id ({@code tok * numTokens + pos}), -1 when none. */
  private final int[] precomputedRow;
  /** CoreNLP's precomputed hidden-layer contributions (unrounded doubles), shared, not copied. */
  private final double[][] precomputed;
  private final Slice[] cache = new Slice[1 << CACHE_BITS];
  /** POS feature id of an empty stack slot, or -1 when forced transitions are scored as usual. */
  private final int nullPos;

  /** One cached slice; final fields make it safe to publish through the plain (racy) array. */
  private record Slice(int feature, float[] hidden) {}

  /**
   * Scores as {@code original}, which must have precomputed its table ({@link
   * Classifier#preCompute()}, as a loaded parser has).
   *
   * @param nullPos the parser's POS id of {@link Config#NULL}, to skip scoring where only one
   *     transition applies (single-root arc-standard only), or -1
   */
  public VectorizedClassifier(Config config, Classifier original, int nullPos) throws ReflectiveOperationException {
    // The superclass keeps the weights for its getters; nothing here calls its scorer.
    super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), java.util.List.of());
    if (config.numCached <= 0) {
      throw new IllegalArgumentException("numCached=0 sums unrounded slices, which this scorer does not reproduce");
    }
    this.nullPos = nullPos;
    float[][] w1 = original.getW1();
    float[][] w2 = original.getW2();
    this.embeddings = original.getE();
    this.hiddenSize = w1.length;
    this.embeddingSize = embeddings[0].length;
    this.numLabels = w2.length;
    this.bias = new double[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      bias[i] = original.getb1()[i];
    }
    this.w1t = new float[Config.numTokens][embeddingSize * hiddenSize];
    for (int pos = 0; pos < Config.numTokens; pos++) {
      for (int k = 0; k < embeddingSize; k++) {
        for (int i = 0; i < hiddenSize; i++) {
          w1t[pos][k * hiddenSize + i] = w1[i][pos * embeddingSize + k];
        }
      }
    }
    this.w2t = new double[hiddenSize * numLabels];
    for (int k = 0; k < numLabels; k++) {
      for (int j = 0; j < hiddenSize; j++) {
        w2t[j * numLabels + k] = w2[k][j];
      }
    }
    this.precomputed = (double[][]) privateField(Classifier.class, "saved").get(original);
    if (precomputed == null) {
      throw new IllegalArgumentException("the classifier has not precomputed its table");
    }
    this.precomputedRow = new int[embeddings.length * Config.numTokens];
    Arrays.fill(precomputedRow, -1);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) privateField(Classifier.class, "preMap").get(original);
    preMap.forEach((feature, row) -> precomputedRow[feature] = row);
  }

  /**
   * Replaces the scorer of a loaded parser with this one. A parser configured with {@code
   * numCached=0} sums unrounded slices, which this class does not reproduce: it keeps CoreNLP's.
   */
  public static void install(DependencyParser parser) {
    try {
      Field classifier = privateField(DependencyParser.class, "classifier");
      Config config = (Config) privateField(DependencyParser.class, "config").get(parser);
      Object system = privateField(DependencyParser.class, "system").get(parser);
      boolean singleRootArcStandard = system.getClass() == ArcStandard.class
          && privateField(ArcStandard.class, "singleRoot").getBoolean(system);
      int nullPos = singleRootArcStandard ? parser.getPosID(Config.NULL) : -1;
      if (config.numCached > 0) {
        classifier.set(parser, new VectorizedClassifier(config, (Classifier) classifier.get(parser), nullPos));
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's nndep classes changed; cannot install the scorer", e);
    }
  }

  private static Field privateField(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  @Override
  double[] computeScores(int[] feature) {
    if (feature[S3_POS] == nullPos) {
      return new double[numLabels];
    }
    double[] hidden = new double[hiddenSize];
    double[][] pending = new double[BLOCK][];
    int waiting = 0;
    for (int pos = 0; pos < feature.length; pos++) {
      int id = feature[pos] * Config.numTokens + pos;
      int row = precomputedRow[id];
      if (row >= 0) {
        pending[waiting++] = precomputed[row];
        if (waiting == BLOCK) {
          addFour(hidden, pending);
          waiting = 0;
        }
      } else {
        addEach(hidden, pending, waiting);
        waiting = 0;
        float[] slice = slice(id);
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
        }
      }
    }
    addEach(hidden, pending, waiting);
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i] + bias[i];
      hidden[i] = h * h * h;
    }
    return outputLayer(hidden);
  }

  /** {@code hidden += a + b + c + d}, summed left to right as four sequential additions are. */
  private void addFour(double[] hidden, double[][] rows) {
    double[] a = rows[0];
    double[] b = rows[1];
    double[] c = rows[2];
    double[] d = rows[3];
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] = hidden[i] + a[i] + b[i] + c[i] + d[i];
    }
  }

  private void addEach(double[] hidden, double[][] rows, int count) {
    for (int r = 0; r < count; r++) {
      double[] row = rows[r];
      for (int i = 0; i < hiddenSize; i++) {
        hidden[i] += row[i];
      }
    }
  }

  /** {@code scores[k] = sum_j hidden[j] * W2[k][j]}, j in order as CoreNLP's dot product sums. */
  private double[] outputLayer(double[] hidden) {
    double[] scores = new double[numLabels];
    int j = 0;
    for (; j + BLOCK <= hiddenSize; j += BLOCK) {
      double h0 = hidden[j];
      double h1 = hidden[j + 1];
      double h2 = hidden[j + 2];
      double h3 = hidden[j + 3];
      int o0 = j * numLabels;
      int o1 = o0 + numLabels;
      int o2 = o1 + numLabels;
      int o3 = o2 + numLabels;
      for (int k = 0; k < numLabels; k++) {
        scores[k] = scores[k] + h0 * w2t[o0 + k] + h1 * w2t[o1 + k] + h2 * w2t[o2 + k] + h3 * w2t[o3 + k];
      }
    }
    for (; j < hiddenSize; j++) {
      double h = hidden[j];
      int offset = j * numLabels;
      for (int k = 0; k < numLabels; k++) {
        scores[k] += h * w2t[offset + k];
      }
    }
    return scores;
  }

  /** The float-rounded hidden-layer contribution of a feature outside the precomputed table. */
  float[] slice(int feature) {
    int slot = (feature * 0x9E3779B9) >>> (32 - CACHE_BITS);
    Slice cached = cache[slot];
    if (cached != null && cached.feature() == feature) {
      return cached.hidden();
    }
    double[] sum = hiddenSum(feature / Config.numTokens, feature % Config.numTokens);
    float[] rounded = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      rounded[i] = (float) sum[i];
    }
    cache[slot] = new Slice(feature, rounded);
    return rounded;
  }

  /**
   * {@code sum_k (double) (W1[i][pos * embeddingSize + k] * E[tok][k])} per hidden unit i, k in
   * order; each product is a float product, as in CoreNLP.
   */
  private double[] hiddenSum(int tok, int pos) {
    double[] sum = new double[hiddenSize];
    float[] w = w1t[pos];
    float[] e = embeddings[tok];
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      int offset = k * hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        sum[i] += w[offset + i] * ek;
      }
    }
    return sum;
  }

  /** Cached slices, for tests of the bound. */
  int cachedSlices() {
    int n = 0;
    for (Slice s : cache) {
      if (s != null) {
        n++;
      }
    }
    return n;
  }
}
