package org.parley.statement;

import java.util.List;

/** Training data: the candidate content spans of one frame (char spans, the rule's first) and their features. */
public record ContentCandidates(int cueStart, int cueEnd, List<int[]> spans, List<List<String>> features) {}
