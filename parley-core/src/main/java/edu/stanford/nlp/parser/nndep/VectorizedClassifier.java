package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

/**
 * The nndep parser's transition scorer with CoreNLP's own arithmetic, laid out so that HotSpot C2
 * vectorises it. CoreNLP 4.5's {@code Classifier.computeScores} spends its time in sequential
 * dot products (one long floating-point dependency chain per value), which neither the CPU's
 * vector units nor its pipelines can overlap. Here every loop runs across independent values
 * (hidden units, labels) instead, each value still summing the same terms in the same order, so
 * every score, and therefore every parse, is bit-for-bit CoreNLP's:
 *
 * <ul>
 *   <li>output layer: {@code scores[k] = sum_j hidden[j] * W2[k][j]} as an axpy over a transposed
 *       W2 ({@code scores[:] += hidden[j] * W2T[j][:]});
 *   <li>a word not in the precomputed table: {@code slice[i] = (float) sum_k (float) (W1[i][off+k]
 *       * E[tok][k])}, the loop over hidden units innermost via a transposed W1, rounded to float
 *       as CoreNLP's cached slices are;
 *   <li>those slices are kept in a larger, lock-free, direct-mapped cache (CoreNLP's is a
 *       synchronized 5,000-entry LRU map, contended when two threads share the parser);
 *   <li>precomputed features: a dense array lookup instead of a {@code HashMap<Integer,Integer>}.
 * </ul>
 *
 * <p>It lives in CoreNLP's package because {@code computeScores} is package-private; {@link
 * #install} swaps it into a loaded parser, whose {@code classifier} field is private.
 */
public final class VectorizedClassifier extends Classifier {
  /** Slices cached for words outside the precomputed table: 2^15 x 200 floats, about 27 MB full. */
  static final int CACHE_BITS = 15;

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
  /** Hidden-layer contribution of each precomputed feature, unrounded as CoreNLP's. */
  private final double[][] precomputed;
  private final Slice[] cache = new Slice[1 << CACHE_BITS];

  /** One cached slice; final fields make it safe to publish through the plain (racy) array. */
  private record Slice(int feature, float[] hidden) {}

  /**
   * Arguments as {@link Classifier}'s; as there, only the first {@code config.numPreComputed}
   * features of {@code preComputed} are precomputed.
   */
  public VectorizedClassifier(Config config, float[][] E, float[][] W1, float[] b1, float[][] W2, List<Integer> preComputed) {
    // The superclass keeps the weights for its getters; nothing here calls its scorer.
    super(config, E, W1, b1, W2, List.of());
    if (config.numCached <= 0) {
      throw new IllegalArgumentException("numCached=0 sums unrounded slices, which this scorer does not reproduce");
    }
    this.embeddings = E;
    this.hiddenSize = W1.length;
    this.embeddingSize = E[0].length;
    this.numLabels = W2.length;
    this.bias = new double[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      bias[i] = b1[i];
    }
    this.w1t = new float[Config.numTokens][embeddingSize * hiddenSize];
    for (int pos = 0; pos < Config.numTokens; pos++) {
      for (int k = 0; k < embeddingSize; k++) {
        for (int i = 0; i < hiddenSize; i++) {
          w1t[pos][k * hiddenSize + i] = W1[i][pos * embeddingSize + k];
        }
      }
    }
    this.w2t = new double[hiddenSize * numLabels];
    for (int k = 0; k < numLabels; k++) {
      for (int j = 0; j < hiddenSize; j++) {
        w2t[j * numLabels + k] = W2[k][j];
      }
    }
    this.precomputedRow = new int[E.length * Config.numTokens];
    Arrays.fill(precomputedRow, -1);
    this.precomputed = new double[Math.min(preComputed.size(), config.numPreComputed)][];
    for (int row = 0; row < precomputed.length; row++) {
      int feature = preComputed.get(row);
      precomputedRow[feature] = row;
      precomputed[row] = hiddenSum(feature / Config.numTokens, feature % Config.numTokens);
    }
  }

  /**
   * Replaces the scorer of a loaded parser with this one (same weights, same precomputed
   * features). A parser configured with {@code numCached=0} sums unrounded slices, which this
   * class does not reproduce, so it keeps CoreNLP's scorer.
   */
  public static void install(DependencyParser parser) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      Field preComputedField = DependencyParser.class.getDeclaredField("preComputed");
      Field configField = DependencyParser.class.getDeclaredField("config");
      classifierField.setAccessible(true);
      preComputedField.setAccessible(true);
      configField.setAccessible(true);
      Config config = (Config) configField.get(parser);
      if (config.numCached <= 0) {
        return;
      }
      Classifier original = (Classifier) classifierField.get(parser);
      @SuppressWarnings("unchecked")
      List<Integer> preComputed = (List<Integer>) preComputedField.get(parser);
      classifierField.set(parser, new VectorizedClassifier(config,
          original.getE(), original.getW1(), original.getb1(), original.getW2(), preComputed));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("CoreNLP's DependencyParser changed; cannot install the scorer", e);
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[hiddenSize];
    for (int pos = 0; pos < feature.length; pos++) {
      int id = feature[pos] * Config.numTokens + pos;
      int row = precomputedRow[id];
      if (row >= 0) {
        double[] contribution = precomputed[row];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += contribution[i];
        }
      } else {
        float[] contribution = slice(id);
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += contribution[i];
        }
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      double h = hidden[i] + bias[i];
      hidden[i] = h * h * h;
    }
    double[] scores = new double[numLabels];
    for (int j = 0; j < hiddenSize; j++) {
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

  /** {@code sum_k (double) (W1[i][pos * embeddingSize + k] * E[tok][k])} per hidden unit i, k in order. */
  private double[] hiddenSum(int tok, int pos) {
    double[] sum = new double[hiddenSize];
    float[] weights = w1t[pos];
    float[] embedding = embeddings[tok];
    for (int k = 0; k < embeddingSize; k++) {
      float e = embedding[k];
      int offset = k * hiddenSize;
      for (int i = 0; i < hiddenSize; i++) {
        sum[i] += weights[offset + i] * e;
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
