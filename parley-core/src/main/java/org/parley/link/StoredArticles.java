package org.parley.link;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.parley.store.ArticleStore;
import org.parley.store.IndexSchema;

/**
 * The articles of an index as linking reads them (read only): which are stored, listed from the
 * terms of the id field without touching stored text, and the texts of the ones asked for.
 */
final class StoredArticles implements Closeable, ReuseIndex.Texts {
  private static final Set<String> FIELDS =
      Set.of(IndexSchema.ID, IndexSchema.OUTLET, IndexSchema.PUBLISHED, IndexSchema.TEXT, IndexSchema.JUNK);

  private final Directory dir;
  private final DirectoryReader reader;
  /** Live article id -> document number, in index order. */
  private final Map<String, Integer> docs = new LinkedHashMap<>();

  StoredArticles(Path dataDir) throws IOException {
    Path indexDir = ArticleStore.indexDir(dataDir);
    if (!Files.isDirectory(indexDir)) {
      throw new IOException("no index in " + dataDir + ": run parley ingest first");
    }
    dir = FSDirectory.open(indexDir);
    try {
      reader = DirectoryReader.open(dir);
    } catch (IOException e) {
      dir.close();
      throw e;
    }
    Term articles = new Term(IndexSchema.DOCTYPE, IndexSchema.DOCTYPE_ARTICLE);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      PostingsEnum postings = r.postings(articles);
      Terms ids = r.terms(IndexSchema.ID);
      if (postings == null || ids == null) {
        continue;
      }
      FixedBitSet isArticle = new FixedBitSet(r.maxDoc());
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        isArticle.set(doc);
      }
      Bits live = r.getLiveDocs();
      TermsEnum terms = ids.iterator();
      PostingsEnum pe = null;
      for (BytesRef t = terms.next(); t != null; t = terms.next()) {
        pe = terms.postings(pe, PostingsEnum.NONE);
        for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
          if (isArticle.get(doc) && (live == null || live.get(doc))) {
            docs.put(t.utf8ToString(), leaf.docBase + doc);
          }
        }
      }
    }
  }

  DirectoryReader reader() {
    return reader;
  }

  /** The document number of a live article, or null. */
  Integer doc(String id) {
    return docs.get(id);
  }

  /** Ids of the live articles. */
  Set<String> ids() {
    return docs.keySet();
  }

  @Override
  public List<ReuseDoc> load(Collection<String> ids) throws IOException {
    List<ReuseDoc> out = new ArrayList<>(ids.size());
    read(ids, out::add);
    return out;
  }

  /** Feeds the articles with these ids (unknown ones skipped) to {@code sink}, in index order. */
  void read(Collection<String> ids, Consumer<ReuseDoc> sink) throws IOException {
    int[] wanted = ids.stream().map(docs::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
    StoredFields stored = reader.storedFields();
    for (int doc : wanted) {
      sink.accept(toDoc(stored.document(doc, FIELDS)));
    }
  }

  private static ReuseDoc toDoc(Document d) {
    String published = d.get(IndexSchema.PUBLISHED);
    String junk = d.get(IndexSchema.JUNK);
    return new ReuseDoc(
        d.get(IndexSchema.ID),
        d.get(IndexSchema.OUTLET),
        published == null ? null : LocalDate.parse(published),
        d.get(IndexSchema.TEXT),
        junk == null ? List.of() : IndexSchema.spansFromJson(junk));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      dir.close();
    }
  }
}
