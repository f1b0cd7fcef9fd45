package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vectorised scorer gives CoreNLP's scores bit for bit, on random weights and features. */
class VectorizedClassifierTest {
  private static final int VOCABULARY = 1500;
  private static final int EMBEDDING = 10; // not a multiple of the unrolling (4): exercises the remainder loops
  private static final int HIDDEN = 26;
  private static final int LABELS = 11;

  private final Random random = new Random(7);
  private final float[][] e = randomMatrix(VOCABULARY, EMBEDDING);
  private final float[][] w1 = randomMatrix(HIDDEN, EMBEDDING * Config.numTokens);
  private final float[] b1 = randomMatrix(1, HIDDEN)[0];
  private final float[][] w2 = randomMatrix(LABELS, HIDDEN);
  private final List<Integer> preComputed = somePrecomputedFeatures();

  private float[][] randomMatrix(int rows, int columns) {
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      for (int j = 0; j < columns; j++) {
        row[j] = (float) random.nextGaussian() * 0.3f;
      }
    }
    return m;
  }

  /**
   * A third of all feature ids, as the model file lists its frequent ones: more than the
   * default numPreComputed (20,000), of which only the first are precomputed.
   */
  private List<Integer> somePrecomputedFeatures() {
    List<Integer> ids = new ArrayList<>();
    for (int id = 0; id < VOCABULARY * Config.numTokens; id++) {
      if (random.nextInt(3) == 0) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Config config() {
    Properties props = new Properties();
    props.setProperty("hiddenSize", Integer.toString(HIDDEN));
    props.setProperty("embeddingSize", Integer.toString(EMBEDDING));
    return new Config(props);
  }

  private Classifier coreNlps() {
    Classifier classifier = new Classifier(config(), e, w1, b1, w2, preComputed);
    classifier.preCompute();
    return classifier;
  }

  private int[] randomFeatures(int vocabulary) {
    int[] features = new int[Config.numTokens];
    for (int j = 0; j < features.length; j++) {
      features[j] = random.nextInt(vocabulary);
    }
    return features;
  }

  @Test
  void scoresEqualCoreNlpsExactly() throws Exception {
    assertThat(preComputed.size()).isGreaterThan(config().numPreComputed);
    Classifier reference = coreNlps();
    VectorizedClassifier vectorized = new VectorizedClassifier(config(), reference, -1);
    for (int n = 0; n < 3000; n++) {
      // A small vocabulary half the time, so that slices are also served from the cache.
      int[] features = randomFeatures(n % 2 == 0 ? 20 : VOCABULARY);
      assertThat(vectorized.computeScores(features)).containsExactly(reference.computeScores(features));
    }
  }

  @Test
  void cacheStaysBoundedAndServesRepeatedFeatures() throws Exception {
    VectorizedClassifier vectorized = new VectorizedClassifier(config(), coreNlps(), -1);
    Set<Integer> precomputedSet = new HashSet<>(preComputed);
    int[] distinct = new int[VOCABULARY * Config.numTokens];
    int n = 0;
    for (int id = 0; id < distinct.length; id++) {
      if (!precomputedSet.contains(id)) {
        distinct[n++] = id;
      }
    }
    assertThat(n).isGreaterThan(1 << VectorizedClassifier.CACHE_BITS);
    for (int i = 0; i < n; i++) {
      vectorized.slice(distinct[i]);
    }
    assertThat(vectorized.cachedSlices()).isLessThanOrEqualTo(1 << VectorizedClassifier.CACHE_BITS).isGreaterThan(1000);
    float[] last = vectorized.slice(distinct[n - 1]);
    assertThat(vectorized.slice(distinct[n - 1])).isSameAs(last);
  }

  /** Where the stack holds at most ROOT and a word (s3's POS is NULL's), nothing is computed. */
  @Test
  void forcedTransitionsAreNotScored() throws Exception {
    int nullPos = 7;
    VectorizedClassifier vectorized = new VectorizedClassifier(config(), coreNlps(), nullPos);
    int[] features = randomFeatures(VOCABULARY);
    features[18] = nullPos;
    assertThat(vectorized.computeScores(features)).hasSize(LABELS).containsOnly(0.0);
    features[18] = nullPos + 1;
    assertThat(vectorized.computeScores(features)).containsExactly(coreNlps().computeScores(features));
  }
}
