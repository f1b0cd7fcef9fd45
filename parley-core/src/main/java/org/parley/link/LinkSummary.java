package org.parley.link;

import java.time.Instant;

/**
 * What a linking run found and how long each part took (milliseconds).
 *
 * @param addedArticles articles a run continuing from the previous one added (read and aligned);
 *     -1 for a full rebuild
 */
public record LinkSummary(
    Instant created,
    long articles,
    long statements,
    long clusters,
    long clusteredStatements,
    long statementLinks,
    long paraphraseLinks,
    long statementCandidates,
    long passages,
    long reusePairs,
    long reuseCandidates,
    long disputes,
    long readMillis,
    long clusterMillis,
    long reuseMillis,
    long reuseIndexMillis,
    long reuseAlignMillis,
    long reusePostings,
    long disputeMillis,
    long writeMillis,
    long addedArticles) {

  public long totalMillis() {
    return readMillis + clusterMillis + reuseMillis + disputeMillis + writeMillis;
  }
}
