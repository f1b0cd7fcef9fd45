package org.parley.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.StringHelper;
import org.parley.store.IndexSchema;
import org.parley.store.StatementSchema;

/**
 * Every stored statement, as linking needs it, read segment by segment: a Lucene segment never
 * changes once written (only its deletions grow), so the statements read from it by an earlier run
 * are kept ({@value #FILE}, one line per segment) and only segments written since (new batches,
 * merges) are read from the index. Reading statements otherwise means decompressing every stored
 * article text they are stored beside.
 */
final class StatementSegments implements LinkStore.State {
  static final String FILE = "statement-segments.jsonl";

  /** Bump when {@link LinkStatement} or how it is read changes: segments kept by another version are read again. */
  static final int VERSION = 1;

  /** The statements of one segment, with their document numbers there. */
  record Segment(int version, String id, List<Integer> docs, List<LinkStatement> statements) {}

  private static final Set<String> FIELDS =
      Set.of(StatementSchema.RECORD, IndexSchema.SOURCE, IndexSchema.OUTLET, IndexSchema.PUBLISHED);

  private final List<Segment> segments = new ArrayList<>();
  private final List<LinkStatement> statements = new ArrayList<>();
  private int segmentsRead;
  /** Per leaf of the reader: true when its segment was not kept, i.e. written since the last run. */
  private final List<Boolean> written = new ArrayList<>();
  private final List<Integer> docBases = new ArrayList<>();

  /**
   * Reads the live statements of {@code reader}, taking the segments found in {@code previous}
   * (a links directory, or null) from there.
   */
  StatementSegments(DirectoryReader reader, Path previous) throws IOException {
    Map<String, Segment> known = previous == null ? Map.of() : read(previous.resolve(FILE));
    Term doctype = new Term(IndexSchema.DOCTYPE, StatementSchema.DOCTYPE_STATEMENT);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      String id = r instanceof SegmentReader s ? StringHelper.idToString(s.getSegmentInfo().info.getId()) + "_" + s.getSegmentName() : null;
      Segment segment = id == null ? null : known.get(id);
      docBases.add(leaf.docBase);
      written.add(segment == null);
      if (segment == null) {
        segment = readSegment(id, r, doctype);
        segmentsRead++;
      }
      if (id != null) {
        segments.add(segment);
      }
      Bits live = r.getLiveDocs();
      for (int k = 0; k < segment.docs().size(); k++) {
        if (live == null || live.get(segment.docs().get(k))) {
          statements.add(segment.statements().get(k));
        }
      }
    }
  }

  private static Segment readSegment(String id, LeafReader r, Term doctype) throws IOException {
    List<Integer> docs = new ArrayList<>();
    List<LinkStatement> out = new ArrayList<>();
    PostingsEnum postings = r.postings(doctype);
    if (postings != null) {
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          Document d = stored.document(doc, FIELDS);
          String published = d.get(IndexSchema.PUBLISHED);
          docs.add(doc);
          out.add(LinkStatement.of(StatementSchema.fromDocument(d), d.get(IndexSchema.OUTLET),
              published == null ? null : LocalDate.parse(published), d.get(IndexSchema.SOURCE)));
        }
      }
    }
    return new Segment(VERSION, id, docs, out);
  }

  /** The live statements, in index order. */
  List<LinkStatement> statements() {
    return statements;
  }

  /** True when document {@code doc} (of the whole reader) lies in a segment written since the last run. */
  boolean writtenSince(int doc) {
    int leaf = 0;
    while (leaf + 1 < docBases.size() && docBases.get(leaf + 1) <= doc) {
      leaf++;
    }
    return written.get(leaf);
  }

  /** How many segments had to be read from the index. */
  int segmentsRead() {
    return segmentsRead;
  }

  @Override
  public void write(Path dir) throws IOException {
    LinkStore.writeLines(dir.resolve(FILE), segments);
  }

  private static Map<String, Segment> read(Path file) throws IOException {
    Map<String, Segment> out = new HashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        try {
          Segment s = LinkStore.JSON.readValue(line, Segment.class);
          if (s.version() == VERSION) {
            out.put(s.id(), s);
          }
        } catch (JsonProcessingException e) {
          return new HashMap<>(); // torn or older layout: read everything again
        }
      }
    }
    return out;
  }
}
