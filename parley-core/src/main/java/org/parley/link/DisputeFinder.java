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
 * Its claim is another actor's statement, reported no later, sharing the denial's key terms (names
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
    List<Link> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      LinkStatement denial = statements.get(d);
      LinkKind kind = denialKind(denial);
      if (kind == null && negated(denial)) {
        kind = LinkKind.CONTRADICTION;
      }
      if (kind == null) {
        continue;
      }
      List<String> dTerms = objectTerms(denial).stream().filter(t -> postings.containsKey(t) && postings.get(t).size() <= genericDf).toList();
      Map<Integer, Integer> shared = new HashMap<>();
      for (String term : dTerms) {
        List<Integer> ps = postings.get(term);
        if (ps.size() > config.termDfCap()) {
          continue;
        }
        for (int c : ps) {
          if (c != d) {
            shared.merge(c, 1, Integer::sum);
          }
        }
      }
      List<Link> mine = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        if (e.getValue() < config.minSharedTerms()) {
          continue;
        }
        int c = e.getKey();
        LinkStatement claim = statements.get(c);
        boolean nested = claim.articleId().equals(denial.articleId()) && claim.start() < denial.end() && denial.start() < claim.end();
        if (nested || !opposed(claim, denial) || denialKind(claim) != null || later(claim, denial)
            || (kind == LinkKind.CONTRADICTION && negated(claim))) {
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
        if (!sharedName && !answers(claim, denial)) {
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
  private boolean answers(LinkStatement claim, LinkStatement denial) {
    return names(claim.content(), denial) || names(denial.content(), claim);
  }

  /** True when {@code text} names {@code speaker}'s side or the last word of its name. */
  private boolean names(String text, LinkStatement speaker) {
    Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(Words.tokenize(text).words()));
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
  private static boolean opposed(LinkStatement claim, LinkStatement denial) {
    if (SpeakerKeys.relation(claim, denial) != SpeakerKeys.Relation.DIFFERENT) {
      return false;
    }
    String a = SpeakerKeys.side(claim);
    String b = SpeakerKeys.side(denial);
    return a == null || b == null || !a.equals(b);
  }

  private static boolean later(LinkStatement claim, LinkStatement denial) {
    LocalDate c = claim.published();
    LocalDate d = denial.published();
    return c != null && d != null && c.isAfter(d);
  }
}
