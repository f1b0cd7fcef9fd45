package org.parley.eval;

import java.util.List;
import org.parley.model.StatementKind;

/**
 * One gold attribution in an article. {@code fragments} are the content's [start, end) pieces
 * (PolNeAR content can be discontinuous); spans are -1 when the gold does not give them.
 * {@code speaker} is the canonical name when the gold has one (Parley's format), else null.
 */
public record GoldStatement(
    StatementKind kind,
    List<int[]> fragments,
    String speaker,
    String speakerMention,
    int speakerStart,
    int speakerEnd,
    String cue,
    int cueStart,
    int cueEnd,
    boolean optional) {

  public GoldStatement {
    fragments = List.copyOf(fragments);
  }

  public int start() {
    return fragments.get(0)[0];
  }

  public int end() {
    return fragments.get(fragments.size() - 1)[1];
  }
}
