package org.parley.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.parley.model.EntityType;
import org.parley.model.Mention;

/**
 * Links mentions to canonical entities over the whole corpus, from stored mentions alone (surface
 * text, type, offsets) and the article text: no NLP. Per article: {@link MentionResolver} (in-article
 * grouping, alias table, context rules), then definite descriptions. Over the corpus ({@link
 * Session}): automatic merges the table does not spell out:
 *
 * <ul>
 *   <li>transliteration variants (same {@link NameKeys#translitKey}; for places also g/h), when
 *       the names have the same type, at least 5 letters, and are not split by the table;
 *   <li>misspellings by one swap of adjacent letters (Mairupol), when the rarer spelling is at most
 *       a third as frequent as the other;
 *   <li>a surname alone with the one full name in the corpus that ends with it (or one that has 90%
 *       of such mentions).
 * </ul>
 *
 * Two names the table declares as different entities are never merged.
 */
public final class EntityLinker {
  private static final Pattern DOCUMENT_WORDS =
      Pattern.compile(
          ".*\\b(?:Agreements?|Accords?|Treaty|Protocol|Memorandum|Charter|Resolution|Communiqu[eé]|Declaration|Convention|Act|Initiative|Plan|Statute)$");
  private static final Pattern EVENT_WORDS =
      Pattern.compile(
          ".*\\b(?:War|Summit|Conference|Forum|Games|Olympics|Cup|Revolution|Offensive|Counteroffensive|Uprising|Invasion|Talks|Festival|Election|Referendum|Day)$");

  private final AliasTable table;
  private final MentionResolver resolver;
  private final Descriptions descriptions;

  public EntityLinker(AliasTable table) {
    this.table = table;
    this.resolver = new MentionResolver(table);
    this.descriptions = new Descriptions(table.descriptions());
  }

  /** The linker for a data directory: default table plus {@code DATA/aliases.tsv}. */
  public static EntityLinker load(Path dataDir) throws IOException {
    return new EntityLinker(AliasTable.load(dataDir));
  }

  public AliasTable table() {
    return table;
  }

  /**
   * One article linked with the table alone (no corpus merges): what ingest can do per article.
   * Stored description mentions are dropped and found again.
   */
  public List<Mention> linkArticle(String text, LocalDate published, List<Mention> stored) {
    List<Mention> base = new ArrayList<>();
    for (Mention m : stored) {
      if (!Descriptions.isDescription(m)) {
        base.add(new Mention(m.start(), m.end(), m.text(), m.type(), null, null));
      }
    }
    base.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<Mention> resolved = new ArrayList<>(resolver.resolve(base, text));
    Set<String> named = new HashSet<>();
    for (Mention m : resolved) {
      if (m.entityName() != null) {
        named.add(m.entityName());
      }
    }
    for (Descriptions.Found f : descriptions.find(text, published, named)) {
      if (appositive(text, f.end(), resolved)) {
        continue; // "the Russian president, Vladimir Putin": the name is the mention
      }
      EntityType type = table.typeOf(f.target());
      resolved.add(
          new Mention(
              f.start(), f.end(), f.text(), type == null ? EntityType.PERSON : type, EntityIds.of(f.target()), f.target()));
    }
    resolved.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return resolved;
  }

  private static boolean appositive(String text, int end, List<Mention> named) {
    int i = end;
    while (i < text.length() && i < end + 3 && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    for (Mention m : named) {
      if (m.start() == i && m.entityName() != null) {
        return true;
      }
    }
    return false;
  }

  public Session session() {
    return new Session();
  }

  /** How often a name was seen, as which types. */
  private static final class NameStat {
    long count;
    final EnumMap<EntityType, Long> types = new EnumMap<>(EntityType.class);

    EntityType majority() {
      return types.entrySet().stream()
          .max(Map.Entry.<EntityType, Long>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
          .map(Map.Entry::getKey)
          .orElse(EntityType.MISC);
    }
  }

  /**
   * A corpus-wide linking run: {@link #observe} every article's {@link #linkArticle} result, then
   * {@link #freeze}, then {@link #apply} to each article again (same input, same order not needed);
   * {@link #entities} lists what was applied.
   */
  public final class Session {
    private final Map<String, NameStat> names = new HashMap<>();
    private Map<String, String> canonOf;
    private Map<String, EntityType> clusterType;
    private final Map<String, Acc> catalog = new HashMap<>();

    public void observe(List<Mention> linked) {
      if (canonOf != null) {
        throw new IllegalStateException("session already frozen");
      }
      for (Mention m : linked) {
        if (m.entityName() == null || Descriptions.isDescription(m)) {
          continue;
        }
        NameStat s = names.computeIfAbsent(m.entityName(), k -> new NameStat());
        s.count++;
        s.types.merge(m.type() == null ? EntityType.MISC : m.type(), 1L, Long::sum);
      }
    }

    /** Computes the corpus merges from everything observed. */
    public void freeze() {
      List<String> all = new ArrayList<>(names.keySet());
      all.sort(Comparator.naturalOrder());
      UnionFind uf = new UnionFind();
      for (String n : all) {
        uf.add(n, table.isCanonical(n) ? n : null, names.get(n).count);
      }
      mergeByKey(all, uf, false);
      mergeByKey(all, uf, true);
      mergeTranspositions(all, uf);
      mergeOneEditTypos(all, uf);
      mergeSurnames(all, uf);
      canonOf = new HashMap<>();
      clusterType = new HashMap<>();
      Map<String, List<String>> clusters = new TreeMap<>();
      for (String n : all) {
        clusters.computeIfAbsent(uf.find(n), k -> new ArrayList<>()).add(n);
      }
      for (List<String> members : clusters.values()) {
        String canon = representative(members, uf);
        EnumMap<EntityType, Long> votes = new EnumMap<>(EntityType.class);
        for (String n : members) {
          canonOf.put(n, canon);
          names.get(n).types.forEach((t, c) -> votes.merge(t, c, Long::sum));
        }
        clusterType.put(canon, typeOf(canon, votes));
      }
    }

    private EntityType typeOf(String canon, EnumMap<EntityType, Long> votes) {
      EntityType declared = table.typeOf(canon);
      if (declared != null) {
        return declared;
      }
      EntityType best =
          votes.entrySet().stream()
              .max(Map.Entry.<EntityType, Long>comparingByValue().thenComparing(e -> -e.getKey().ordinal()))
              .map(Map.Entry::getKey)
              .orElse(EntityType.MISC);
      if (best == EntityType.MISC || best == EntityType.ORG) {
        if (DOCUMENT_WORDS.matcher(canon).matches()) {
          return EntityType.DOCUMENT;
        }
        if (best == EntityType.MISC && EVENT_WORDS.matcher(canon).matches()) {
          return EntityType.EVENT;
        }
      }
      return best;
    }

    private String representative(List<String> members, UnionFind uf) {
      String anchored = uf.anchor(members.get(0));
      if (anchored != null) {
        return anchored;
      }
      Comparator<String> byCount =
          Comparator.<String>comparingLong(n -> names.get(n).count).reversed().thenComparing(Comparator.naturalOrder());
      List<String> sorted = new ArrayList<>(members);
      sorted.sort(byCount);
      boolean person = sorted.stream().anyMatch(n -> names.get(n).majority() == EntityType.PERSON);
      if (person) {
        for (String n : sorted) {
          if (n.contains(" ")) {
            return n;
          }
        }
      }
      return sorted.get(0);
    }

    private boolean compatible(String a, String b, UnionFind uf) {
      if (table.areSplit(NameKeys.key(a), NameKeys.key(b))) {
        return false;
      }
      String anchorA = uf.anchor(a);
      String anchorB = uf.anchor(b);
      if (anchorA != null && anchorB != null && !anchorA.equals(anchorB)) {
        return false;
      }
      for (String anchor : new String[] {anchorA, anchorB}) {
        if (anchor != null) {
          if (table.areSplit(NameKeys.key(anchor), NameKeys.key(a)) || table.areSplit(NameKeys.key(anchor), NameKeys.key(b))) {
            return false;
          }
        }
      }
      return true;
    }

    private void mergeByKey(List<String> all, UnionFind uf, boolean loose) {
      Map<String, List<String>> byKey = new HashMap<>();
      for (String n : all) {
        NameStat s = names.get(n);
        EntityType t = effectiveType(n, s);
        String key = NameKeys.key(n);
        if (NameKeys.letters(key) < 5) {
          continue;
        }
        if (loose && t != EntityType.PLACE && NameKeys.words(key) < 2) {
          continue;
        }
        String k = t + "|" + (loose ? NameKeys.looseKey(n) : NameKeys.translitKey(n));
        byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
      }
      for (List<String> group : byKey.values()) {
        if (group.size() < 2) {
          continue;
        }
        Set<String> anchors = new HashSet<>();
        for (String n : group) {
          if (uf.anchor(n) != null) {
            anchors.add(uf.anchor(n));
          }
        }
        if (anchors.size() > 1) {
          continue; // two table entities share the key: leave the rest alone
        }
        String first = group.get(0);
        for (String n : group.subList(1, group.size())) {
          if (compatible(first, n, uf)) {
            uf.union(first, n);
          }
        }
      }
    }

    private EntityType effectiveType(String n, NameStat s) {
      EntityType declared = table.typeOf(n);
      return declared != null ? declared : s.majority();
    }

    private void mergeTranspositions(List<String> all, UnionFind uf) {
      Map<String, String> byFolded = new HashMap<>();
      for (String n : all) {
        byFolded.putIfAbsent(NameKeys.key(n), n);
      }
      for (String n : all) {
        String k = NameKeys.key(n);
        if (NameKeys.letters(k) < 6) {
          continue;
        }
        for (int i = 0; i + 1 < k.length(); i++) {
          if (!Character.isLetter(k.charAt(i)) || !Character.isLetter(k.charAt(i + 1)) || k.charAt(i) == k.charAt(i + 1)) {
            continue;
          }
          String swapped = k.substring(0, i) + k.charAt(i + 1) + k.charAt(i) + k.substring(i + 2);
          String other = byFolded.get(swapped);
          if (other == null || other.equals(n)) {
            continue;
          }
          NameStat sn = names.get(n);
          NameStat so = names.get(other);
          if (effectiveType(n, sn) != effectiveType(other, so)) {
            continue;
          }
          long rare = Math.min(uf.count(n), uf.count(other));
          long common = Math.max(uf.count(n), uf.count(other));
          if (rare * 3 <= common && compatible(n, other, uf)) {
            uf.union(n, other);
          }
        }
      }
    }

    /**
     * One letter dropped, added or mistyped (Vladmir, Vladamir Putin) in a long name that is much
     * rarer than the spelling it is one edit from: a typo, not another name. Pairs are found through
     * shared single-deletion keys, never by comparing all names.
     */
    private void mergeOneEditTypos(List<String> all, UnionFind uf) {
      Map<String, List<String>> byDeletion = new HashMap<>();
      for (String n : all) {
        String k = NameKeys.key(n);
        if (NameKeys.letters(k) < 8) {
          continue;
        }
        byDeletion.computeIfAbsent(k, x -> new ArrayList<>()).add(n);
        for (int i = 0; i < k.length(); i++) {
          if (Character.isLetter(k.charAt(i))) {
            byDeletion.computeIfAbsent(k.substring(0, i) + k.substring(i + 1), x -> new ArrayList<>()).add(n);
          }
        }
      }
      for (List<String> group : byDeletion.values()) {
        for (int i = 0; i < group.size(); i++) {
          for (int j = i + 1; j < group.size(); j++) {
            String a = group.get(i);
            String b = group.get(j);
            if (a.equals(b) || uf.find(a).equals(uf.find(b))) {
              continue;
            }
            if (effectiveType(a, names.get(a)) != effectiveType(b, names.get(b))) {
              continue;
            }
            long rare = Math.min(uf.count(a), uf.count(b));
            long common = Math.max(uf.count(a), uf.count(b));
            if (rare * 10 <= common && compatible(a, b, uf)) {
              uf.union(a, b);
            }
          }
        }
      }
    }

    private void mergeSurnames(List<String> all, UnionFind uf) {
      // surname translit key -> clusters (roots) with a multi-word person name ending in it
      Map<String, Set<String>> fullBySurname = new HashMap<>();
      for (String n : all) {
        if (effectiveType(n, names.get(n)) != EntityType.PERSON) {
          continue;
        }
        String key = NameKeys.key(n);
        if (NameKeys.words(key) < 2) {
          continue;
        }
        fullBySurname.computeIfAbsent(NameKeys.lastWord(NameKeys.translitKey(n)), k -> new HashSet<>()).add(uf.find(n));
      }
      for (String n : all) {
        String key = NameKeys.key(n);
        if (NameKeys.words(key) != 1 || NameKeys.letters(key) < 3) {
          continue;
        }
        if (effectiveType(n, names.get(n)) != EntityType.PERSON) {
          continue;
        }
        String root = uf.find(n);
        if (uf.hasMultiWord(root)) {
          continue; // already with a full name (table or transliteration)
        }
        Set<String> roots = fullBySurname.get(NameKeys.translitKey(n));
        if (roots == null) {
          continue;
        }
        Set<String> live = new HashSet<>();
        for (String r : roots) {
          live.add(uf.find(r));
        }
        String target = dominant(live, uf);
        if (target != null && compatible(n, target, uf)) {
          uf.union(target, n);
        }
      }
    }

    private String dominant(Set<String> roots, UnionFind uf) {
      if (roots.size() == 1) {
        return roots.iterator().next();
      }
      long total = 0;
      String best = null;
      long bestCount = -1;
      for (String r : roots) {
        long c = uf.count(r);
        total += c;
        if (c > bestCount || (c == bestCount && r.compareTo(best) < 0)) {
          best = r;
          bestCount = c;
        }
      }
      return bestCount >= 0.9 * total ? best : null;
    }

    /** The canonical name a linked name ends up under (itself if unknown). */
    public String canonical(String name) {
      return canonOf == null ? name : canonOf.getOrDefault(name, name);
    }

    /** An article's linked mentions with corpus merges applied; also counted for {@link #entities}. */
    public List<Mention> apply(List<Mention> linked) {
      if (canonOf == null) {
        throw new IllegalStateException("freeze the session first");
      }
      List<Mention> out = new ArrayList<>(linked.size());
      Set<String> seen = new HashSet<>();
      for (Mention m : linked) {
        if (m.entityName() == null) {
          out.add(m);
          continue;
        }
        boolean description = Descriptions.isDescription(m);
        String canon = description ? m.entityName() : canonical(m.entityName());
        if (table.isDeleted(canon)) {
          out.add(new Mention(m.start(), m.end(), m.text(), m.type(), null, null));
          continue;
        }
        EntityType type = clusterType.get(canon);
        if (type == null) {
          type = table.typeOf(canon) != null ? table.typeOf(canon) : m.type();
        }
        String id = EntityIds.of(canon);
        out.add(new Mention(m.start(), m.end(), m.text(), type, id, canon));
        Acc acc = catalog.computeIfAbsent(id, k -> new Acc(canon));
        acc.type = type;
        acc.mentions++;
        if (seen.add(id)) {
          acc.articles++;
        }
        if (!description) {
          acc.alias(MentionResolver.canonicalForm(m.text()));
        }
      }
      return out;
    }

    /** Entities counted by {@link #apply}, most mentioned first. */
    public List<Entity> entities() {
      List<Entity> out = new ArrayList<>();
      for (Map.Entry<String, Acc> e : catalog.entrySet()) {
        Acc a = e.getValue();
        out.add(new Entity(e.getKey(), a.name, a.type, a.aliases(), a.mentions, a.articles));
      }
      out.sort(Comparator.comparingLong(Entity::mentions).reversed().thenComparing(Entity::id));
      return out;
    }
  }

  private static final class Acc {
    final String name;
    EntityType type;
    long mentions;
    long articles;
    /** folded alias -> (surface -> count) */
    final Map<String, Map<String, Long>> aliases = new LinkedHashMap<>();

    Acc(String name) {
      this.name = name;
    }

    void alias(String surface) {
      if (surface.isBlank()) {
        return;
      }
      aliases.computeIfAbsent(surface.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(surface, 1L, Long::sum);
    }

    List<String> aliases() {
      String self = name.toLowerCase(Locale.ROOT);
      List<Map.Entry<String, Long>> forms = new ArrayList<>();
      for (Map.Entry<String, Map<String, Long>> e : aliases.entrySet()) {
        if (e.getKey().equals(self)) {
          continue;
        }
        long total = e.getValue().values().stream().mapToLong(Long::longValue).sum();
        String best =
            e.getValue().entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .get()
                .getKey();
        forms.add(Map.entry(best, total));
      }
      forms.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, Long> f : forms) {
        if (out.size() >= 50) {
          break;
        }
        out.add(f.getKey());
      }
      return out;
    }
  }

  /** Union-find over names; a root knows its table anchor, total count and whether it has a full name. */
  private static final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> anchor = new HashMap<>();
    private final Map<String, Long> count = new HashMap<>();
    private final Map<String, Boolean> multi = new HashMap<>();

    void add(String n, String anchorName, long c) {
      parent.put(n, n);
      if (anchorName != null) {
        anchor.put(n, anchorName);
      }
      count.put(n, c);
      multi.put(n, NameKeys.words(NameKeys.key(n)) > 1);
    }

    String find(String n) {
      String p = parent.get(n);
      if (p == null) {
        return n;
      }
      if (!p.equals(n)) {
        p = find(p);
        parent.put(n, p);
      }
      return p;
    }

    String anchor(String n) {
      return anchor.get(find(n));
    }

    long count(String n) {
      return count.getOrDefault(find(n), 0L);
    }

    boolean hasMultiWord(String n) {
      return multi.getOrDefault(find(n), false);
    }

    void union(String a, String b) {
      String ra = find(a);
      String rb = find(b);
      if (ra.equals(rb)) {
        return;
      }
      if (ra.compareTo(rb) > 0) {
        String t = ra;
        ra = rb;
        rb = t;
      }
      parent.put(rb, ra);
      count.put(ra, count.getOrDefault(ra, 0L) + count.getOrDefault(rb, 0L));
      multi.put(ra, multi.getOrDefault(ra, false) || multi.getOrDefault(rb, false));
      String an = anchor.get(ra) != null ? anchor.get(ra) : anchor.get(rb);
      if (an != null) {
        anchor.put(ra, an);
      }
    }
  }
}
