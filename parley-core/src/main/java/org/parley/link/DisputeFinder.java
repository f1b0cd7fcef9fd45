package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.model.Link;
import org.parley.model.LinkKind;
import org.parley.model.LinkType;

/**
 * Claims and their denials. A denial is a statement whose reporting verb denies, rejects,
 * dismisses or refutes (denial-cues.txt) or whose content calls something false (falsity-words.txt);
 * a contradiction is another actor's negated restatement of an unnegated claim ("Pokrovsk is not
 * encircled"), held to a stricter overlap.
 * Its claim is another actor's statement, reported no later (and at most two weeks earlier), sharing the denial's key terms (names
 * and rare words): candidates come from an inverted index of content terms, capped by document
 * frequency; each denial keeps its best few claims. Within an article and across articles.
 */
public final class DisputeFinder {
  public record Config(double minCoverage, int minSharedTerms, int termDfCap, int maxClaimsPerDenial) {
    public static final Config DEFAULT = new Config(0.5, 2, 500, 1);
  }

  /** Words of a denial's content that name the claim rather than its subject. */
  private static final Set<String> META =
      Set.of("claim", "report", "allegation", "allegat", "statement", "accusation", "suggestion", "rumor", "rumour", "assertion");

  /** Share of a denial's specific terms the claim must contain when they share no name. */
  static final double NAMELESS_COVERAGE = 0.66;

  /** Share of a contradicting statement's specific terms the claim must contain. */
  static final double CONTRADICTION_COVERAGE = 0.75;

  /** Days a denial may come after the claim it answers, across articles. */
  static final int MAX_DAYS = 14;

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "t", "neither", "nor", "nothing", "none");

  private final Config config;
  private final LinkLexicon lexicon = LinkLexicon.get();

  public DisputeFinder() {
    this(Config.DEFAULT);
  }

  public DisputeFinder(Config config) {
    this.config = config;
  }

  public List<Link> find(List<LinkStatement> statements) {
    int n = statements.size();
    List<Set<String>> terms = new ArrayList<>(n);
    List<Set<String>> names = new ArrayList<>(n);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      LinkStatement s = statements.get(i);
      Set<String> ts = new LinkedHashSet<>();
      Set<String> ns = new java.util.HashSet<>();
      Words.Tokens tokens = Words.tokenize(s.content());
      for (int k = 0; k < tokens.size(); k++) {
        String term = lexicon.term(tokens.words()[k]);
        if (term != null && !META.contains(term)) {
          ts.add(term);
          if (Character.isUpperCase(s.content().charAt(tokens.starts()[k]))) {
            ns.add(term); // written with a capital: a name (or a sentence start)
          }
        }
      }
      terms.add(ts);
      names.add(ns);
      for (String term : ts) {
        postings.computeIfAbsent(term, x -> new ArrayList<>()).add(i);
      }
    }
    // generic terms (in over 2% of statements: "Russia", "attack" in a war corpus) carry no claim
    int genericDf = Math.max(5, n / 50);
    // once per statement, not once per candidate pair
    LinkKind[] denials = new LinkKind[n];
    boolean[] negations = new boolean[n];
    SpeakerKeys.Profile[] speakers = new SpeakerKeys.Profile[n];
    for (int i = 0; i < n; i++) {
      denials[i] = denialKind(statements.get(i));
      negations[i] = negated(statements.get(i));
      speakers[i] = SpeakerKeys.profile(statements.get(i));
    }
    // shared-term counts per claim, reset after each denial (an array: this loop is the hot path)
    int[] sharedCount = new int[n];
    int[] touched = new int[n];
    List<Set<String>> wordSets = new ArrayList<>(java.util.Collections.nCopies(n, null));
    List<Link> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      LinkStatement denial = statements.get(d);
      LinkKind kind = denials[d];
      if (kind == null && negations[d]) {
        kind = LinkKind.CONTRADICTION;
      }
      if (kind == null) {
        continue;
      }
      List<String> dTerms = objectTerms(denial).stream().filter(t -> postings.containsKey(t) && postings.get(t).size() <= genericDf).toList();
      int nTouched = 0;
      for (String term : dTerms) {
        List<Integer> ps = postings.get(term);
        if (ps.size() > config.termDfCap()) {
          continue;
        }
        for (int c : ps) {
          if (c != d && sharedCount[c]++ == 0) {
            touched[nTouched++] = c;
          }
        }
      }
      List<Link> mine = new ArrayList<>();
      for (int t = 0; t < nTouched; t++) {
        int c = touched[t];
        int count = sharedCount[c];
        sharedCount[c] = 0;
        if (count < config.minSharedTerms()) {
          continue;
        }
        LinkStatement claim = statements.get(c);
        boolean nested = claim.articleId().equals(denial.articleId()) && claim.start() < denial.end() && denial.start() < claim.end();
        if (nested || denials[c] != null || !answers(claim, denial) || (kind == LinkKind.CONTRADICTION && negations[c])
            || !opposed(speakers[c], speakers[d])) {
          continue;
        }
        List<String> common = new ArrayList<>();
        boolean sharedName = false;
        for (String term : dTerms) {
          if (terms.get(c).contains(term)) {
            common.add(term);
            sharedName |= names.get(c).contains(term) && names.get(d).contains(term);
          }
        }
        if (!sharedName && !answers(claim, words(wordSets, statements, c), denial, words(wordSets, statements, d))) {
          continue;
        }
        // what is denied must be largely what was claimed: coverage of the denial's specific terms
        double coverage = dTerms.isEmpty() ? 0 : (double) common.size() / dTerms.size();
        // a bare negation ("Pokrovsk is not encircled") must restate the claim almost whole
        // without a shared specific name the overlap must be larger (two of three terms)
        double needed = kind == LinkKind.CONTRADICTION ? CONTRADICTION_COVERAGE : sharedName ? config.minCoverage() : NAMELESS_COVERAGE;
        if (coverage < needed
            || (kind == LinkKind.CONTRADICTION && common.size() < 3)) {
          continue;
        }
        boolean directed = claim.published() != null && denial.published() != null && claim.published().isBefore(denial.published());
        mine.add(
            new Link(
                LinkType.DISPUTE, kind, claim.id(), claim.articleId(), claim.outlet(), claim.published(), claim.start(), claim.end(),
                denial.id(), denial.articleId(), denial.outlet(), denial.published(), denial.start(), denial.end(), directed,
                StatementClusterer.round(Math.min(1, coverage)), null, common));
      }
      // the claim reported beside the denial first, then the best covered
      mine.sort(
          Comparator.comparing((Link l) -> !l.fromArticle().equals(l.toArticle()))
              .thenComparing(Comparator.comparingDouble(Link::score).reversed())
              .thenComparing(Link::from));
      out.addAll(mine.subList(0, Math.min(mine.size(), config.maxClaimsPerDenial())));
    }
    out.sort(Comparator.comparing(Link::to).thenComparing(Link::from));
    return out;
  }

  /**
   * DENIAL when the statement denies what it reports: a strong cue (denied, refuted), a weak cue
   * (rejected, dismissed) whose object is a claim or is called false, or content calling something
   * false; else null.
   */
  LinkKind denialKind(LinkStatement s) {
    String[] words = Words.tokenize(s.content()).words();
    boolean callsFalse = false;
    for (String[] phrase : lexicon.falsity) {
      if (containsPhrase(words, phrase)) {
        callsFalse = true;
        break;
      }
    }
    if (s.cue() != null) {
      for (String w : s.cue().toLowerCase(Locale.ROOT).split("\\s+")) {
        Boolean strong = lexicon.denialCues.get(w);
        if (strong == null) {
          continue;
        }
        if (strong || callsFalse || namesAClaim(words)) {
          return LinkKind.DENIAL;
        }
      }
    }
    return callsFalse && namesAClaim(words) ? LinkKind.DENIAL : null;
  }

  private static final java.util.regex.Pattern ELABORATION =
      java.util.regex.Pattern.compile(",? (?:saying|adding|insisting|stressing)\\b|, and said\\b");

  /**
   * The terms of what a denial denies: its content before an elaboration ("X are encircled, saying
   * its troops hold the line" denies X), without the words that call it false.
   */
  private List<String> objectTerms(LinkStatement denial) {
    String content = denial.content();
    java.util.regex.Matcher m = ELABORATION.matcher(content);
    List<String> head = m.find() ? termsOf(content.substring(0, m.start())) : List.of();
    List<String> out = new ArrayList<>(head.isEmpty() ? termsOf(content) : head);
    out.removeIf(t -> FALSITY_TERMS.contains(t));
    return out;
  }

  private List<String> termsOf(String text) {
    Set<String> ts = new LinkedHashSet<>();
    for (String w : Words.tokenize(text).words()) {
      String term = lexicon.term(w);
      if (term != null && !META.contains(term)) {
        ts.add(term);
      }
    }
    return new ArrayList<>(ts);
  }

  /** Stems of the falsity words: never part of what was claimed. */
  private static final Set<String> FALSITY_TERMS =
      Set.of("false", "untrue", "truth", "lie", "lies", "fake", "fabricat", "fabrication", "baseless", "groundless", "nonsense",
          "disinformation", "misinformation", "unfounded", "correct", "incorrect");

  /** True when the statement's words are negated ("not", "never", "isn't"). */
  private static boolean negated(LinkStatement s) {
    for (String w : Words.tokenize(s.content()).words()) {
      if (NEGATIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the words name a claim ("claims", "allegations", "reports that", ...). */
  private boolean namesAClaim(String[] words) {
    for (String w : words) {
      String t = lexicon.term(w);
      if (t != null && META.contains(t)) {
        return true;
      }
    }
    return words.length > 0 && words[0].equals("that");
  }

  private static boolean containsPhrase(String[] words, String[] phrase) {
    outer:
    for (int i = 0; i + phrase.length <= words.length; i++) {
      for (int k = 0; k < phrase.length; k++) {
        if (!words[i + k].equals(phrase[k])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Unless both name the same specific place or person (shared capitalised non-generic term), a
   * denial answers a claim about the denier: the claim names the denier (or its side), or the
   * denial names the claimant (or its side): "Russia denied responsibility" answers "Russia bears
   * responsibility", not an unrelated report on fracking losses.
   */
  private boolean answers(LinkStatement claim, Set<String> claimWords, LinkStatement denial, Set<String> denialWords) {
    return names(claimWords, denial) || names(denialWords, claim);
  }

  /** The words of statement i's content, worked out on first use. */
  private static Set<String> words(List<Set<String>> cache, List<LinkStatement> statements, int i) {
    Set<String> w = cache.get(i);
    if (w == null) {
      w = new java.util.HashSet<>(java.util.Arrays.asList(Words.tokenize(statements.get(i).content()).words()));
      cache.set(i, w);
    }
    return w;
  }

  /** True when {@code words} (of a text) name {@code speaker}'s side or the last word of its name. */
  private boolean names(Set<String> words, LinkStatement speaker) {
    String side = SpeakerKeys.side(speaker);
    if (side != null) {
      for (String w : lexicon.sideWords.getOrDefault(side, Set.of())) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    String name = SpeakerKeys.normaliseName(speaker.speaker());
    if (name == null) {
      return false;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (words.contains(last)) {
      return true;
    }
    // a speaker without a group may still name a side ("Ukraine's defence ministry")
    for (Map.Entry<String, Set<String>> e : lexicon.sideWords.entrySet()) {
      for (String w : name.split(" ")) {
        if (e.getValue().contains(w)) {
          for (String sw : e.getValue()) {
            if (words.contains(sw)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Different actors, not of one voice, not known to be on the same side. */
  private static boolean opposed(SpeakerKeys.Profile claim, SpeakerKeys.Profile denial) {
    if (SpeakerKeys.relation(claim, denial) != SpeakerKeys.Relation.DIFFERENT) {
      return false;
    }
    String a = claim.side();
    String b = denial.side();
    return a == null || b == null || !a.equals(b);
  }

  /**
   * A denial answers a claim of its own article, or one reported at most {@link #MAX_DAYS} days before
   * it. A claim months or years earlier is another claim on the same subject (a 2024 sanctions
   * finding and a 2025 denial of arms supplies); an undated statement cannot be placed next to a
   * dated one, so the two are never paired across articles (two undated ones have nothing to judge).
   */
  private static boolean answers(LinkStatement claim, LinkStatement denial) {
    if (claim.articleId().equals(denial.articleId())) {
      return true;
    }
    LocalDate c = claim.published();
    LocalDate d = denial.published();
    if (c == null || d == null) {
      return c == null && d == null;
    }
    long days = d.toEpochDay() - c.toEpochDay();
    return days >= 0 && days <= MAX_DAYS;
  }
}
