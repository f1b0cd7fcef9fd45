package org.parley.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Statement;
import org.parley.query.StatementHit;

/** The statement export record of docs/formats.md, field for field, nulls kept. */
public final class StatementRecords {
  public static final List<String> FIELDS =
      List.of(
          "article", "source", "outlet", "published", "id", "kind", "content", "start", "end",
          "speaker", "speaker_entity", "speaker_mention", "speaker_start", "speaker_end", "cue",
          "cue_start", "cue_end", "addressee", "via", "date", "date_text", "confidence", "cluster", "cluster_size",
          "cluster_outlets");

  private StatementRecords() {}

  public static Map<String, Object> of(StatementHit hit) {
    return of(hit, null);
  }

  /**
   * The record with its cluster fields: {@code cluster} (id, or null when reported once),
   * {@code cluster_size} (reports of the statement: extracted statements plus articles carrying
   * its words in a reused passage; 1 when reported once) and {@code
   * cluster_outlets} (outlets that carried it, first report first).
   */
  public static Map<String, Object> of(StatementHit hit, org.parley.link.Links links) {
    Statement s = hit.statement();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("article", s.articleId());
    r.put("source", hit.source());
    r.put("outlet", hit.outlet());
    r.put("published", hit.published());
    r.put("id", s.id());
    r.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    r.put("content", s.content());
    r.put("start", s.start());
    r.put("end", s.end());
    r.put("speaker", s.speaker());
    r.put("speaker_entity", s.speakerEntity());
    r.put("speaker_mention", s.speakerMention());
    r.put("speaker_start", s.speakerStart() < 0 ? null : s.speakerStart());
    r.put("speaker_end", s.speakerEnd() < 0 ? null : s.speakerEnd());
    r.put("cue", s.cue());
    r.put("cue_start", s.cueStart() < 0 ? null : s.cueStart());
    r.put("cue_end", s.cueEnd() < 0 ? null : s.cueEnd());
    r.put("addressee", s.addressee());
    r.put("via", s.via());
    r.put("date", s.date());
    r.put("date_text", s.dateText());
    r.put("confidence", s.confidence());
    var cluster = links == null ? java.util.Optional.<org.parley.link.StatementCluster>empty() : links.clusterOf(s.id());
    r.put("cluster", cluster.map(org.parley.link.StatementCluster::id).orElse(null));
    r.put("cluster_size", cluster.map(c -> c.size() + c.carriers().size()).orElse(1));
    r.put("cluster_outlets", cluster.map(org.parley.link.StatementCluster::outlets).orElse(hit.outlet() == null ? List.of() : List.of(hit.outlet())));
    return r;
  }
}
