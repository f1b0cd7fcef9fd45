package org.parley.statement;

/**
 * One reporting event found in a sentence: a cue with its source, content, addressee and time.
 * Character spans into the article text; -1 when absent. Mutable while the extractor works on it.
 */
final class Frame {
  final DepGraph graph;
  final int cueToken;
  int cueStart = -1;
  int cueEnd = -1;
  int speakerToken = -1;
  int speakerStart = -1;
  int speakerEnd = -1;
  /** For a relative pronoun source ("who said"): the noun phrase it stands for. */
  int antecedentStart = -1;
  int antecedentEnd = -1;
  int contentStart = -1;
  int contentEnd = -1;
  int addresseeStart = -1;
  int addresseeEnd = -1;
  int dateStart = -1;
  int dateEnd = -1;
  /** "..., citing X": the cited inner source. */
  int citedStart = -1;
  int citedEnd = -1;
  boolean according;
  /** True when the content was an object noun phrase or an infinitive, not a clause. */
  boolean phrasal;
  /** True for a cue with a source but no content of its own: it can only tag an adjacent quote. */
  boolean bare;

  Frame(DepGraph graph, int cueToken) {
    this.graph = graph;
    this.cueToken = cueToken;
  }

  int sentence() {
    return graph.sentence.index();
  }

  boolean hasContent() {
    return contentStart >= 0 && contentEnd > contentStart;
  }

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }

  boolean contentContains(int offset) {
    return offset >= contentStart && offset < contentEnd;
  }

  @Override
  public String toString() {
    return "Frame[cue=" + graph.word(cueToken) + " content=" + contentStart + "-" + contentEnd
        + " speaker=" + speakerStart + "-" + speakerEnd + "]";
  }
}
