package org.parley.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting frames in a parsed sentence: a cue verb from the lexicon (or "according to",
 * "made clear", "called for") with its subject (the source), its clausal complement or the clause
 * it is a parenthetical to (the content), addressee, time modifier and cited inner source.
 */
final class FrameFinder {
  private static final Set<String> SPEAKER_DROP =
      Set.of("acl:relcl", "appos", "punct", "parataxis", "dep", "advcl", "nmod:tmod",
          "obl:tmod", "nmod:npmod");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> NOT_A_SOURCE =
      Set.of("plan", "schedule", "law", "rule", "script", "tradition", "standard", "custom", "protocol",
          "design", "agreement", "procedure", "form", "expectation", "instruction", "order");
  private static final Set<String> SOURCE_NOUNS =
      Set.of("report", "official", "source", "statement", "poll", "survey", "study", "analysis", "data", "estimate",
          "document", "record", "aide", "spokesman", "spokeswoman", "spokesperson", "agency", "ministry", "campaign",
          "figure", "account", "witness", "expert", "analyst", "website", "newspaper", "outlet", "filing", "memo",
          "transcript", "readout", "release", "indictment", "complaint", "lawsuit", "post", "tweet", "letter",
          "interview", "people", "person", "government", "officer", "police", "authority", "prosecutor",
          "investigator", "researcher", "count", "tally", "result", "projection", "forecast", "article", "story");
  private static final Set<String> TIME_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
          "today", "tonight", "tomorrow", "week", "month", "year", "weekend", "morning", "evening",
          "night", "afternoon", "previously", "earlier", "recently", "january", "february", "march",
          "april", "may", "june", "july", "august", "september", "october", "november", "december",
          "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "last", "later");
  private static final Set<String> CUE_LEFT = Set.of("aux", "aux:pass", "neg");

  private final Lexicon lexicon;
  private final CueModel model;
  /** Ranks candidate content spans of a verb frame (rule span, clause end, sentence end, ...); may be null. */
  private final CueModel contentModel;
  /** Training only: receives every candidate set. */
  List<ContentCandidates> sink;

  /** Model score above which a token the rules do not take is a cue. */
  static final double ADD = Double.parseDouble(System.getProperty("parley.cue.add", "3.0"));
  /** Model score below which a rule cue is dropped. */
  static final double DROP = Double.parseDouble(System.getProperty("parley.cue.drop", "-1e9"));

  FrameFinder(Lexicon lexicon) {
    this(lexicon, null);
  }

  FrameFinder(Lexicon lexicon, CueModel model) {
    this(lexicon, model, null);
  }

  FrameFinder(Lexicon lexicon, CueModel model, CueModel contentModel) {
    this.lexicon = lexicon;
    this.model = model;
    this.contentModel = contentModel;
  }

  private static final String[] KINDS =
      {"rule", "clause", "sentence", "comma", "nextstop", "prep1", "prep2", "full", "lastcomma", "dash", "bracket"};
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "\u2015", "--", "-");

  /** Candidate token ranges for the content after cue {@code v}; the rule's range first. */
  private int[] chooseContent(DepGraph g, int v, int[] rule, boolean phrasal, Frame f, int root) {
    List<int[]> cands = new ArrayList<>();
    List<List<String>> kinds = new ArrayList<>();
    int n = g.size();
    int[][] raw = new int[KINDS.length][];
    if (root > v) {
      // The content root's whole subtree, coordinated reporting verbs included ("he held no dinners and never called a donor").
      // A coordinated cue with a clause of its own ("and added that ...") is still a report of its own.
      boolean[] in = g.subtree(root, c -> !(coordinatedCue(g, root, c) && g.firstChild(c, "ccomp", "parataxis") >= 0));
      int capFull = n - 1;
      for (int k = rule[1] + 1; k < n; k++) {
        if (g.isVerb(k) && lexicon.isCue(g.lemma(k)) && (g.firstChild(k, "ccomp", "parataxis") >= 0
            || (k + 1 < n && g.lower(k + 1).equals("that")) || g.firstChild(k, "nsubj") >= 0)) {
          capFull = Math.max(rule[1], Math.min(k, DepGraph.first(g.subtree(k))) - 1);
          break;
        }
      }
      raw[7] = new int[] {rule[0], Math.min(capFull, Math.max(rule[1], DepGraph.last(in)))};
    }
    // Cut before a prepositional phrase on a verb ("... in a tweet", "... at the start of his speech").
    int preps = 0;
    for (int k = rule[0] + 1; k <= rule[1] && preps < 2; k++) {
      if (g.rel(k).equals("case") && g.pos(k).equals("IN") && g.head(k) > k && g.rel(g.head(k)).startsWith("obl")) {
        raw[5 + preps++] = new int[] {rule[0], k - 1};
      }
    }
    raw[0] = rule;
    // Extensions stop before another reporting verb's words ("... and added that ...", "..., he said").
    int cap = n - 1;
    for (int k = rule[1] + 1; k < n; k++) {
      if (g.isVerb(k) && (lexicon.isCue(g.lemma(k)) || citing(g, k))) {
        cap = Math.max(rule[1], Math.min(k, DepGraph.first(g.subtree(k))) - 1);
        break;
      }
    }
    raw[1] = new int[] {rule[0], Math.min(cap, Math.max(rule[1], DepGraph.last(g.subtree(v))))};
    raw[2] = new int[] {rule[0], cap};
    for (int k = rule[0] + 1; k <= rule[1]; k++) {
      if (g.word(k).equals(",") || g.word(k).equals(";")) {
        raw[3] = new int[] {rule[0], k - 1};
        break;
      }
    }
    cutsBeforeTrailingSegments(g, rule, raw);
    for (int k = rule[1] + 1; k < n; k++) {
      if (k > cap) {
        break;
      }
      if (g.word(k).equals(",") || g.word(k).equals(";") || k == cap) {
        raw[4] = new int[] {rule[0], k};
        break;
      }
    }
    for (int t = 0; t < raw.length; t++) {
      if (raw[t] == null) {
        continue;
      }
      int[] r = t == 0 ? raw[t] : trimContent(g, raw[t], phrasal);
      if (r == null) {
        continue;
      }
      boolean dup = false;
      for (int c = 0; c < cands.size(); c++) {
        if (cands.get(c)[0] == r[0] && cands.get(c)[1] == r[1]) {
          kinds.get(c).add(KINDS[t]);
          dup = true;
        }
      }
      if (!dup) {
        cands.add(r);
        List<String> k = new ArrayList<>();
        k.add(KINDS[t]);
        kinds.add(k);
      }
    }
    List<List<String>> feats = new ArrayList<>();
    for (int c = 0; c < cands.size(); c++) {
      feats.add(contentFeatures(g, v, rule, cands.get(c), kinds.get(c), phrasal));
    }
    if (sink != null) {
      List<int[]> spans = new ArrayList<>();
      for (int[] r : cands) {
        spans.add(new int[] {g.charStart(r[0]), g.charEnd(r[1])});
      }
      sink.add(new ContentCandidates(f.cueStart, f.cueEnd, spans, feats));
    }
    if (contentModel == null) {
      return rule;
    }
    int best = 0;
    double bestScore = contentModel.score(feats.get(0));
    for (int c = 1; c < cands.size(); c++) {
      double sc = contentModel.score(feats.get(c));
      if (sc > bestScore + 1e-9) {
        best = c;
        bestScore = sc;
      }
    }
    return cands.get(best);
  }

  /**
   * Candidates that end the rule's span before its trailing segment: before the last comma or
   * semicolon, the first dash, the first opening bracket (PolNeAR leaves out appositions, relative
   * clauses and participles that close a reported clause; the ranker weighs them).
   */
  private static void cutsBeforeTrailingSegments(DepGraph g, int[] rule, int[][] raw) {
    for (int k = rule[0] + 2; k <= rule[1]; k++) {
      String w = g.word(k);
      if (w.equals(",") || w.equals(";")) {
        raw[8] = new int[] {rule[0], k - 1};
      } else if (raw[9] == null && DASHES.contains(w)) {
        raw[9] = new int[] {rule[0], k - 1};
      } else if (raw[10] == null && (w.equals("(") || w.equals("-LRB-"))) {
        raw[10] = new int[] {rule[0], k - 1};
      }
    }
  }

  /** The first token of {@code from..to} that hangs on a word before them (the segment's link), or -1. */
  private static int segmentHead(DepGraph g, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (g.head(k) < from) {
        return k;
      }
    }
    return -1;
  }

  private List<String> contentFeatures(DepGraph g, int v, int[] rule, int[] c, List<String> kinds, boolean phrasal) {
    List<String> f = new ArrayList<>();
    String lemma = g.lemma(v);
    String ph = phrasal ? "P" : "C";
    for (String k : kinds) {
      f.add("t=" + k);
      f.add("tl=" + k + "/" + lemma);
      f.add("tp=" + k + "/" + ph);
    }
    String t = String.join("+", kinds);
    f.add("T=" + t);
    int n = g.size();
    String next = c[1] + 1 < n ? g.lower(c[1] + 1) : "</s>";
    f.add("nx=" + next);
    f.add("nxr=" + (c[1] + 1 < n ? g.rel(c[1] + 1) : "</s>"));
    f.add("nxp=" + ph + "/" + next);
    f.add("last=" + g.pos(c[1]));
    int quotes = 0;
    for (int k = c[0]; k <= c[1]; k++) {
      String w = g.word(k);
      if (w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
        quotes++;
      }
    }
    f.add("oddq=" + (quotes % 2));
    // What the candidate adds to (or removes from) the rule's span.
    int lo = Math.min(c[1], rule[1]) + 1;
    int hi = Math.max(c[1], rule[1]);
    String dir = c[1] > rule[1] ? "+" : c[1] < rule[1] ? "-" : "=";
    f.add("dir=" + dir);
    if (lo <= hi) {
      f.add("d0=" + dir + g.lower(lo));
      f.add("d0r=" + dir + g.rel(lo));
      f.add("d0p=" + dir + ph + g.pos(lo));
      int len = hi - lo + 1;
      f.add("dlen=" + dir + (len <= 2 ? len : len <= 5 ? "3-5" : len <= 10 ? "6-10" : "11+"));
      boolean comma = false;
      boolean cue = false;
      boolean subj = false;
      for (int k = lo; k <= hi; k++) {
        comma |= g.word(k).equals(",");
        cue |= g.isVerb(k) && lexicon.isCue(g.lemma(k));
        subj |= g.rel(k).startsWith("nsubj");
      }
      f.add("dc=" + dir + comma + cue + subj);
      f.add("dw=" + dir + (lo > 0 ? g.lower(lo - 1) : "") + "_" + g.lower(lo));
      int seg = lo < hi && g.isPunct(lo) ? segmentHead(g, lo + 1, hi) : -1;
      if (seg >= 0) {
        // What a punctuation cut leaves out: an apposition, a relative clause, a participle, ...
        f.add("d1r=" + dir + g.rel(seg));
        f.add("d1p=" + dir + ph + g.pos(seg));
        f.add("d1w=" + dir + g.lower(lo) + "_" + g.rel(seg));
      }
    }
    return f;
  }

  List<Frame> find(DepGraph g) {
    List<Frame> frames = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      Frame f = null;
      double score = model != null && CueModel.candidate(g, i) ? model.score(g, i, lexicon) : Double.NaN;
      boolean rule = (g.lower(i).equals("according") && i + 1 < g.size() && g.lower(i + 1).equals("to"))
          || (g.isVerb(i) && (lexicon.isCue(g.lemma(i)) || makeClear(g, i) >= 0));
      if (rule && score < DROP) {
        continue;
      }
      if (g.lower(i).equals("according") && i + 1 < g.size() && g.lower(i + 1).equals("to")) {
        f = according(g, i);
      } else if (g.isVerb(i) && (lexicon.isCue(g.lemma(i)) || makeClear(g, i) >= 0 || documentReads(g, i))) {
        f = verbFrame(g, i);
      } else if (score > ADD && !citing(g, i)) {
        if (g.isVerb(i)) {
          f = verbFrame(g, i);
        } else if (g.pos(i).startsWith("NN")) {
          f = nounFrame(g, i);
        } else if (g.lower(i).equals("in")) {
          f = inFrame(g, i);
        }
      }
      if (f != null && (f.hasContent() || (f.bare && f.hasSpeaker()))) {
        frames.add(f);
      }
    }
    quoteTags(g, frames);
    return frames;
  }

  private static final Set<String> NOT_IN_TAG = Set.of("IN", "TO", "WDT", "WP", "CC", "MD", "VBD", "VBZ", "VBN");
  private static final Set<String> TAG_NP = Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "PRP", "POS", "CD", "HYPH");

  /**
   * A tag right after a closing quotation mark ("..." he said. / "..." said Mr. Vale.) names the
   * quote's source whatever the parse made of it: broken parses of long quotes hang the cue under
   * the quoted words, give it the quote's subject, or read the next clause as its content. The
   * tag's frame becomes a bare one (source and cue) that takes the adjacent quote.
   */
  private void quoteTags(DepGraph g, List<Frame> frames) {
    int n = g.size();
    for (int k = 1; k + 1 < n; k++) {
      if (!g.pos(k).equals("''")) {
        continue;
      }
      int j = k + 1;
      int v = -1;
      int[] np = null;
      if (reportingVerb(g, j)) {
        v = j;
        int e = j + 1;
        while (e < n && TAG_NP.contains(g.pos(e)) && e - j <= 8) {
          e++;
        }
        np = e > j + 1 ? new int[] {j + 1, e - 1} : null;
      } else {
        int e = j;
        // Any words but clause or phrase boundaries: taggers misread names and titles ("harbour/VBP master").
        while (e < n && !reportingVerb(g, e) && !g.isPunct(e) && !NOT_IN_TAG.contains(g.pos(e)) && e - j < 6) {
          e++;
        }
        if (e > j && e < n && reportingVerb(g, e)) {
          v = e;
          np = new int[] {j, e - 1};
        }
      }
      if (np == null || g.pos(np[0]).equals("POS") || g.pos(np[1]).equals("DT") || g.pos(np[1]).equals("POS")) {
        continue;
      }
      int cue = v;
      Frame old = null;
      for (Frame f : frames) {
        if (f.cueToken == cue) {
          old = f;
        }
      }
      int npStart = g.charStart(np[0]);
      if (old != null && old.hasSpeaker() && old.speakerStart >= npStart && (old.bare || old.contentEnd <= npStart)) {
        continue; // the parse got it right
      }
      Frame f = new Frame(g, v);
      f.bare = true;
      f.cueStart = g.charStart(v);
      f.cueEnd = g.charEnd(v);
      f.speakerToken = np[1];
      f.speakerStart = npStart;
      f.speakerEnd = g.charEnd(np[1]);
      if (old != null) {
        frames.set(frames.indexOf(old), f);
      } else {
        frames.add(f);
      }
    }
  }

  private boolean reportingVerb(DepGraph g, int i) {
    return FINITE.contains(g.pos(i)) && lexicon.isCue(g.lemma(i));
  }

  /**
   * "The statement read: ...", "the letter reads: ...": a document's words introduced by a colon.
   * Only with a document subject and the colon, since "read" is otherwise no report.
   */
  private static boolean documentReads(DepGraph g, int v) {
    int subj = g.firstChild(v, "nsubj");
    return g.lemma(v).equals("read") && subj >= 0 && SOURCE_NOUNS.contains(g.lemma(subj)) && v + 1 < g.size()
        && g.word(v + 1).equals(":");
  }

  /** "..., citing X": the rules read X as the inner source of the frame it hangs on. */
  private static boolean citing(DepGraph g, int i) {
    return (g.lemma(i).equals("cite") || g.lemma(i).equals("quote")) && g.pos(i).equals("VBG");
  }

  private static int makeClear(DepGraph g, int v) {
    if (!g.lemma(v).equals("make")) {
      return -1;
    }
    for (int c : g.children(v)) {
      if (g.lower(c).equals("clear")) {
        return c;
      }
    }
    return -1;
  }

  private Frame verbFrame(DepGraph g, int v) {
    String rel = g.rel(v);
    if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod") || rel.equals("case")
        || rel.equals("aux") || rel.equals("mark")) {
      return null;
    }
    Frame f = new Frame(g, v);
    Lexicon.Cue cue = lexicon.cue(g.lemma(v));
    int clear = makeClear(g, v);
    boolean np = clear >= 0 || (cue != null && cue.np()) || (cue == null && model != null);
    boolean addr = cue != null && cue.addressee();
    int cueRight = v;
    int cueLeft = v;
    for (int c : g.children(v)) {
      if ((CUE_LEFT.contains(g.rel(c)) || cueAdverb(g, c)) && c < v) {
        cueLeft = Math.min(cueLeft, c);
      }
      if (g.rel(c).equals("compound:prt") && c == cueRight + 1) {
        cueRight = c;
      }
    }
    if (clear == v + 1) {
      cueRight = clear;
    }
    // Aux words count only when they directly precede the verb (PolNeAR "has said").
    while (cueLeft < v && !contiguous(g, cueLeft, v)) {
      cueLeft++;
    }
    if (CUE_COLON && cueRight + 1 < g.size() && g.word(cueRight + 1).equals(":")) {
      cueRight++; // PolNeAR "added:", "said:"
    }

    // Content.
    int content = -1;
    boolean fromHead = false;
    int ccomp = g.firstChild(v, "ccomp");
    for (int c : g.children(v, "ccomp")) {
      if (c > v && ccomp < v) {
        ccomp = c; // "Like others who expect X, Berg said Y": the clause after the verb is the report
      }
    }
    int parataxis = g.firstChild(v, "parataxis");
    int xcomp = firstInfinitive(g, v);
    int tagSubject = g.firstChild(v, "nsubj");
    int misTag = -1;
    if (tagSubject > v + 0 || tagSubject < 0) {
      misTag = -1;
    } else {
      for (int c : g.children(v, "advcl", "ccomp")) {
        if (c < tagSubject && endsSentence(g, v)) {
          misTag = c; // "X told Y that Z, the Kremlin said" parsed with Z under "said"
        }
      }
    }
    if (ccomp >= 0 && isTagOf(g, ccomp)) {
      content = g.firstChild(ccomp, "advcl", "ccomp");
    } else if (misTag >= 0) {
      content = misTag;
      fromHead = true;
    } else if (ccomp >= 0) {
      content = ccomp;
    } else if (parataxis >= 0 && parataxis > v) {
      content = parataxis;
    } else if (rel.equals("parataxis") && g.head(v) >= 0) {
      content = g.head(v);
      fromHead = true;
    } else if (parataxis >= 0) {
      content = parataxis;
    } else if (xcomp >= 0 && !(np && g.firstChild(v, "obj") >= 0 && g.firstChild(v, "obj") < xcomp)) {
      content = xcomp;
      f.phrasal = true;
    }
    if (content < 0 && ASKING.contains(g.lemma(v))) {
      // "asked the senator if she would run": UD reads the if-clause as an adverbial clause.
      for (int c : g.children(v, "advcl")) {
        int mark = g.firstChild(c, "mark");
        if (c > v && mark >= 0 && (g.lower(mark).equals("if") || g.lower(mark).equals("whether"))) {
          content = c;
          break;
        }
      }
    }
    int depRange = -1;
    if (content < 0) {
      // A broken parse of "said X was Y": X as object, Y as a loose dependent.
      for (int c : g.children(v, "dep")) {
        if (c > v && g.isVerb(c)) {
          content = c;
          depRange = v + 1;
        }
      }
    }
    if (content < 0 && g.lemma(v).equals("call")) {
      for (int c : g.children(v, "obl")) {
        int cs = g.firstChild(c, "case");
        if (cs >= 0 && g.lower(cs).equals("for")) {
          content = c;
          f.phrasal = true;
          if (cs == v + 1) {
            cueRight = cs;
          }
        }
      }
    }
    int predicate = -1;
    if (content < 0 && g.lemma(v).equals("call")) {
      // "called her 'third-rate'", "calls her record a blueprint": the object and what it is called.
      int obj = g.firstChild(v, "obj");
      int pred = g.firstChild(v, "xcomp");
      if (obj > v && pred > obj && g.firstChild(pred, "mark") < 0) {
        content = obj;
        predicate = pred;
        f.phrasal = true;
      } else if (obj < 0 && pred > v && g.firstChild(pred, "mark") < 0 && g.firstChild(pred, "nsubj") > v) {
        content = pred; // "called it 'shameful'" parsed as a small clause
        f.phrasal = true;
      } else if (obj > v && pred < 0 && g.firstChild(obj, "dep") > obj) {
        content = obj; // "calls her record a 'blueprint'": the name hangs loose under the object
        f.phrasal = true;
      }
    }
    if (content < 0 && np && g.firstChild(v, "nsubj:pass") >= 0) {
      content = g.firstChild(v, "nsubj:pass"); // "the demand was voiced by Moscow"
      f.phrasal = true;
    }
    if (content < 0 && np) {
      int obj = g.firstChild(v, "obj");
      if (clear >= 0 && obj < 0) {
        obj = g.firstChild(clear, "ccomp", "obj");
      }
      if (obj >= 0 && !g.pos(obj).startsWith("PRP") && !g.pos(obj).startsWith("W")
          && !g.lower(obj).equals("this") && !g.lower(obj).equals("that")) {
        content = obj;
        f.phrasal = true;
        predicate = asPredicate(g, v, obj);
      }
    }
    if (content >= 0 && f.phrasal && noInfinitive(g.lemma(v)) && content == xcomp) {
      return null;
    }
    boolean reporting = cue != null && cue.share() >= REPORTING_SHARE && !np;
    int restEnd = content < 0 && !addr && (reporting || findings(g, v)) ? clauseAfter(g, v) : -1;
    if (restEnd >= 0) {
      content = v + 1;
    }
    int[] before = content < 0 ? clauseBeforeTag(g, v) : null;
    if (before != null) {
      content = before[0];
    }
    boolean bare = content < 0;
    int[] range = null;
    if (bare) {
      f.bare = true; // no content of its own: can still tag an adjacent quote ("''...,'' said X")
    } else if (fromHead && misTag >= 0) {
      range = new int[] {0, DepGraph.first(g.subtree(tagSubject)) - 1};
    } else if (fromHead) {
      range = tagRange(g, content, v);
    } else if (restEnd >= 0) {
      range = new int[] {g.lower(v + 1).equals("that") ? v + 2 : v + 1, restEnd};
    } else if (before != null) {
      range = before;
    } else if (depRange >= 0) {
      range = new int[] {depRange, DepGraph.last(g.subtree(content))};
    } else {
      final int root = content;
      range = rangeOf(g, g.subtree(content, c -> !coordinatedCue(g, root, c)));
      for (int c : g.children(content, "conj", "advcl")) {
        if (range != null && coordinatedCue(g, root, c) && c > v) {
          int cut = DepGraph.first(g.subtree(c));
          range[1] = Math.min(range[1], cut - 1);
        }
      }
      if (range != null && predicate > range[1]) {
        range[1] = DepGraph.last(g.subtree(predicate)); // "denounced the remarks as 'hurtful'"
      }
      if (range != null) {
        range[1] = beforeParticipialCue(g, range, v);
      }
    }
    if (!bare) {
      if (range == null) {
        return null;
      }
      range = trimContent(g, range, f.phrasal);
      if (range == null || (range[0] == range[1] && (g.pos(range[0]).startsWith("PRP") || g.pos(range[0]).equals("DT")
          || g.pos(range[0]).startsWith("W")))) {
        return null; // "was announced she": a parse fragment, not a reported content
      }
      if (f.phrasal) {
        range = afterColon(g, range);
      }
      f.cueStart = g.charStart(cueLeft);
      f.cueEnd = g.charEnd(cueRight);
      if (range[0] > v && !fromHead && restEnd < 0 && (contentModel != null || sink != null)) {
        range = chooseContent(g, v, range, f.phrasal, f, content);
      }
      if (range[0] > v && !fromHead && !f.phrasal) {
        range[0] = openingBeforeTag(g, v, cueLeft, cueRight, range[0]);
      }
      f.contentStart = g.charStart(range[0]);
      f.contentEnd = g.charEnd(range[1]);
    }
    f.cueStart = g.charStart(cueLeft);
    f.cueEnd = g.charEnd(cueRight);

    // Source.
    int subj = g.firstChild(v, "nsubj");
    if (subj < 0) {
      int pass = g.firstChild(v, "nsubj:pass");
      int agent = g.firstChild(v, "obl:agent");
      if (agent < 0) {
        for (int c : g.children(v, "obl")) {
          int cs = g.firstChild(c, "case");
          if (cs >= 0 && g.lower(cs).equals("by")) {
            agent = c;
          }
        }
      }
      if (agent >= 0) {
        subj = agent;
      } else if (pass >= 0 && pass < v && FINITE.contains(g.pos(v))) {
        subj = pass; // "..., he said" misparsed as a passive: an active finite verb has a subject, not a patient
      } else if (pass >= 0) {
        subj = -2; // passive without agent: no source
      }
    }
    if (subj == -1 && content >= 0 && content < v && !f.phrasal) {
      int obj = g.firstChild(v, "obj");
      if (obj > v) {
        subj = obj; // "..., said the Ministry": the inverted subject parsed as an object
      }
    }
    if (subj == -1) {
      int u = v;
      for (int up = 0; up < 3 && subj < 0; up++) {
        String r = g.rel(u);
        boolean participle = up == 0 && g.pos(u).equals("VBG") && (r.equals("dep") || r.equals("parataxis"))
            && u > g.head(u) && u > 0 && g.word(u - 1).equals(",");
        if (!(r.equals("conj") || r.equals("xcomp") || r.startsWith("advcl") || participle) || g.head(u) < 0) {
          break;
        }
        boolean conj = r.equals("conj");
        u = g.head(u);
        subj = g.firstChild(u, "nsubj");
        if (conj && g.rel(u).equals("ccomp") && g.head(u) >= 0 && lexicon.isCue(g.lemma(g.head(u)))
            && g.firstChild(g.head(u), "nsubj") >= 0) {
          // "X stressed A was B and praised C" parsed with "praised" under A's clause: X's subject.
          subj = g.firstChild(g.head(u), "nsubj");
        }
      }
    }
    if (subj >= 0) {
      subj = namedAppositive(g, subj, v);
      int[] sp = speakerRange(g, subj);
      f.speakerToken = subj;
      f.speakerStart = g.charStart(sp[0]);
      f.speakerEnd = g.charEnd(sp[1]);
      if (RELATIVE.contains(g.lower(subj)) && g.rel(v).startsWith("acl") && g.head(v) >= 0) {
        int[] ante = speakerRange(g, g.head(v));
        f.antecedentStart = g.charStart(ante[0]);
        f.antecedentEnd = g.charEnd(ante[1]);
      }
    }

    // Addressee: "told Macron", "urged Putin to", "said to reporters", "appealed to Putin".
    int addressee = -1;
    if (addr) {
      addressee = g.firstChild(v, "iobj");
      if (addressee < 0) {
        int obj = g.firstChild(v, "obj");
        if (obj >= 0 && obj != content) {
          addressee = obj;
        }
      }
    }
    if (addressee < 0) {
      for (int c : g.children(v, "obl", "obl:to", "obl:on")) {
        int cs = g.firstChild(c, "case");
        if (cs >= 0 && (g.lower(cs).equals("to") || (g.lower(cs).equals("on") && g.lemma(v).equals("call")))
            && c != content && !isTime(g, c)) {
          addressee = c;
          break;
        }
      }
    }
    if (addressee >= 0) {
      int[] ar = speakerRange(g, addressee);
      while (ar[0] < ar[1] && g.firstChild(addressee, "case") == ar[0]) {
        ar[0]++;
      }
      f.addresseeStart = g.charStart(ar[0]);
      f.addresseeEnd = g.charEnd(ar[1]);
    }

    // Time of the report.
    for (int c : g.children(v)) {
      String r = g.rel(c);
      if ((r.equals("obl:tmod") || r.equals("nmod:tmod") || r.startsWith("obl") || r.equals("advmod"))
          && c != content && c != addressee && c != subj && isTime(g, c)) {
        int[] tr = rangeOf(g, g.subtree(c));
        f.dateStart = g.charStart(tr[0]);
        f.dateEnd = g.charEnd(tr[1]);
        break;
      }
    }

    // "..., citing X": X is the inner source.
    List<Integer> near = new ArrayList<>(g.children(v));
    if (fromHead && g.head(v) >= 0) {
      for (int c : g.children(g.head(v))) {
        if (c > v) {
          near.add(c);
        }
      }
    }
    for (int c : near) {
      if ((g.lemma(c).equals("cite") || g.lemma(c).equals("quote")) && g.pos(c).equals("VBG")) {
        int obj = g.firstChild(c, "obj");
        if (obj >= 0) {
          int[] cr = speakerRange(g, obj);
          f.citedStart = g.charStart(cr[0]);
          f.citedEnd = g.charEnd(cr[1]);
        }
      }
    }
    return f;
  }

  private static final Set<String> ASKING = Set.of("ask", "wonder", "inquire", "question");
  private static final Set<String> FINDING = Set.of("show", "find", "suggest", "indicate", "reveal", "confirm");

  /** "A poll last week showed X leading Y": a report's or a poll's findings are its content. */
  private static boolean findings(DepGraph g, int v) {
    int subj = g.firstChild(v, "nsubj");
    return FINDING.contains(g.lemma(v)) && subj >= 0 && SOURCE_NOUNS.contains(g.lemma(subj));
  }

  /** Cue share from which a lemma reports clauses when it heads one ("said", "noted"; not "showed", "found"). */
  private static final double REPORTING_SHARE = 0.6;
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> CLAUSE_OPENERS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "EX", "CD");

  /**
   * "X said the deal is dead" parsed without a clausal complement (the clause's subject read as an
   * object, the predicate as a loose or small-clause dependent): the clause runs from the word
   * after the verb, when that word can open a clause and a verb follows, to the sentence end or the
   * next reporting verb. Returns its last token, or -1.
   */
  private int clauseAfter(DepGraph g, int v) {
    int subj = g.firstChild(v, "nsubj", "nsubj:pass");
    int k = v + 1;
    if (subj < 0 || subj > v || k >= g.size()) {
      return -1;
    }
    if (g.lower(k).equals("that") && k + 1 < g.size()) {
      k++;
    }
    if (g.pos(k).equals("``") && k + 1 < g.size()) {
      k++; // said that "those who ..."
    }
    if (!CLAUSE_OPENERS.contains(g.pos(k))) {
      return -1;
    }
    int end = g.size() - 1;
    boolean verb = false;
    for (int j = k + 1; j <= end; j++) {
      if (g.isVerb(j) && (lexicon.isCue(g.lemma(j)) || citing(g, j)) && g.word(j - 1).equals(",")) {
        end = j - 2;
        break;
      }
      verb |= g.isVerb(j) || g.pos(j).equals("MD") || (g.pos(j).equals("POS") && g.pos(j - 1).equals("PRP"));
    }
    return verb && end > k ? end : -1;
  }

  /**
   * "A had two goals, the admiral said." parsed with the tag as a loose dependent of a word in A:
   * a tag (cue and subject, either order) that closes the sentence after a comma reports all
   * before the comma. Null when the verb is no such tag.
   */
  private static int[] clauseBeforeTag(DepGraph g, int v) {
    int subj = g.firstChild(v, "nsubj");
    if (subj < 0) {
      return null;
    }
    boolean[] tag = g.subtree(subj);
    tag[v] = true;
    int lo = DepGraph.first(tag);
    int hi = DepGraph.last(tag);
    for (int k = lo; k <= hi; k++) {
      if (!tag[k] && !CUE_LEFT.contains(g.rel(k)) && !cueAdverb(g, k)) {
        return null; // words of something else inside the tag
      }
    }
    if (!endsSentence(g, hi) || lo < 2 || !g.word(lo - 1).equals(",")) {
      return null;
    }
    return new int[] {0, lo - 2};
  }

  /**
   * "..., saying B" / "..., adding that B" inside a content: a participial report of its own (the
   * source's next statement), not part of this one. The content ends before its comma.
   */
  private int beforeParticipialCue(DepGraph g, int[] range, int v) {
    for (int k = range[0] + 2; k <= range[1]; k++) {
      if (k != v && g.pos(k).equals("VBG") && lexicon.isCue(g.lemma(k)) && g.word(k - 1).equals(",")
          && g.firstChild(k, "nsubj") < 0 && (g.firstChild(k, "ccomp") >= 0 || g.firstChild(k, "obj") >= 0
              || g.firstChild(k, "parataxis") >= 0)) {
        return k - 2;
      }
    }
    return range[1];
  }

  /**
   * "In any case, he said, the market was oversupplied": a tag set off by commas inside the
   * sentence reports the whole sentence, its opening words included (PolNeAR draws the content
   * from the sentence start). Only when nothing before the tag is quoted (a quote interrupted by
   * its tag gives two records) or another report, and the content starts right after the tag's
   * comma. Returns the content's first token.
   */
  private int openingBeforeTag(DepGraph g, int v, int cueLeft, int cueRight, int start) {
    int subj = g.firstChild(v, "nsubj");
    if (subj < 0 || subj > v) {
      return start;
    }
    int lo = Math.min(cueLeft, DepGraph.first(g.subtree(subj)));
    if (lo < 2 || !g.word(lo - 1).equals(",") || cueRight + 2 != start || !g.word(cueRight + 1).equals(",")) {
      return start;
    }
    int first = 0;
    while (first < lo - 1 && g.isPunct(first)) {
      first++;
    }
    for (int k = first; k < lo - 1; k++) {
      if (g.isPunct(k) && (OPENING.contains(g.word(k)) || CLOSING.contains(g.word(k)))
          || (g.isVerb(k) && lexicon.isCue(g.lemma(k)))) {
        return start;
      }
    }
    return first < lo - 1 ? first : start;
  }

  /** "denounced X as Y", "described X as Y": the as-phrase (or small clause) after the object, or -1. */
  private static int asPredicate(DepGraph g, int v, int obj) {
    for (int c : g.children(v)) {
      if (c <= obj) {
        continue;
      }
      if (g.rel(c).equals("xcomp") && g.firstChild(c, "mark") < 0) {
        return c;
      }
      int cs = g.firstChild(c, "case");
      if ((g.rel(c).startsWith("obl") || g.rel(c).startsWith("advcl")) && cs >= 0 && g.lower(cs).equals("as")) {
        return c;
      }
    }
    return -1;
  }

  /** True when the verb is a sentence-final tag with its clause parsed under it. */
  private boolean isTagOf(DepGraph g, int c) {
    if (!g.isVerb(c) || !lexicon.isCue(g.lemma(c))) {
      return false;
    }
    int subj = g.firstChild(c, "nsubj");
    int clause = g.firstChild(c, "advcl", "ccomp");
    return subj >= 0 && clause >= 0 && clause < subj && subj < c && endsSentence(g, c);
  }

  private static boolean endsSentence(DepGraph g, int v) {
    for (int k = v + 1; k < g.size(); k++) {
      if (!g.isPunct(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean noInfinitive(String lemma) {
    Lexicon.Cue cue = lexicon.cue(lemma);
    return cue != null && cue.noInfinitive();
  }

  /** "reiterated his terms: A and B" -> the list after the colon. */
  private static int[] afterColon(DepGraph g, int[] r) {
    for (int k = r[0]; k < r[1] - 1; k++) {
      if (g.word(k).equals(":")) {
        return new int[] {k + 1, r[1]};
      }
    }
    return r;
  }

  /** A coordinated reporting verb without its own subject ("stressed X and praised Y") is cut off. */
  private boolean coordinatedCue(DepGraph g, int root, int child) {
    if (!g.isVerb(child) || !lexicon.isCue(g.lemma(child))) {
      return false;
    }
    if (g.rel(child).equals("parataxis")) {
      return g.firstChild(child, "nsubj") >= 0; // "..., the Kremlin said" inside the reported clause
    }
    if (g.head(child) == root && g.rel(child).equals("conj") && g.firstChild(child, "nsubj") < 0) {
      return true;
    }
    // "A said B, while C said D": a report of another source in the same sentence, after a comma.
    int subj = g.firstChild(child, "nsubj");
    int first = DepGraph.first(g.subtree(child));
    return (g.rel(child).equals("conj") || g.rel(child).equals("advcl")) && subj >= 0 && subj < child
        && !RELATIVE.contains(g.lower(subj)) && first > 0 && (g.word(first - 1).equals(",") || g.rel(first).equals("cc")
            || (g.rel(first).equals("mark") && g.lower(first).matches("while|whereas")));
  }

  /**
   * Content of a parenthetical tag ("X, he said." / "X, he said, Y."): a tag that ends the
   * sentence reports all that precedes it; a tag in the middle reports the whole sentence.
   */
  private static int[] tagRange(DepGraph g, int head, int cue) {
    boolean[] cueTree = g.subtree(cue);
    int cl = DepGraph.first(cueTree);
    int cr = DepGraph.last(cueTree);
    int end = g.size() - 1;
    for (int c : g.children(head)) {
      if (c > cue && g.lemma(c).equals("cite") && g.pos(c).equals("VBG")) {
        end = Math.min(end, DepGraph.first(g.subtree(c)) - 1);
      }
    }
    while (end > cr && g.isPunct(end) && !CLOSING.contains(g.word(end))) {
      end--;
    }
    if (cr > end) {
      cr = end;
    }
    if (end <= cr && cl > 0) {
      return new int[] {0, cl - 1};
    }
    if (cl > 0 && cr < end) {
      // The clause around a tag in the middle: "The harvest, she said, was ''the worst in years''".
      boolean[] in = g.subtree(head);
      int lo = DepGraph.first(in);
      int hi = DepGraph.last(in);
      if (lo < cl && hi > cr) {
        return new int[] {lo, hi};
      }
    }
    return rangeExcluding(g, head, cue);
  }

  static final boolean CUE_COLON = !"false".equals(System.getProperty("parley.cue.colon"));
  static final boolean CUE_ADVERBS = !"false".equals(System.getProperty("parley.cue.adverbs"));

  /** An adverb that PolNeAR keeps in the cue ("also said", "never mentioned"), not a time word. */
  private static boolean cueAdverb(DepGraph g, int k) {
    if (!CUE_ADVERBS) {
      return g.rel(k).equals("advmod") && g.lower(k).equals("also");
    }
    return g.rel(k).equals("advmod") && g.pos(k).startsWith("RB") && !TIME_WORDS.contains(g.lower(k))
        && !g.lower(k).equals("then") && !g.lower(k).equals("again") && !g.lower(k).equals("now");
  }

  private static boolean contiguous(DepGraph g, int from, int to) {
    for (int k = from; k < to; k++) {
      String r = g.rel(k);
      boolean ok = g.head(k) == to && (CUE_LEFT.contains(r) || cueAdverb(g, k));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static int firstInfinitive(DepGraph g, int v) {
    for (int c : g.children(v, "xcomp")) {
      int mark = g.firstChild(c, "mark");
      if (mark >= 0 && g.lower(mark).equals("to") && c > v) {
        return c;
      }
    }
    return -1;
  }

  private static boolean isTime(DepGraph g, int root) {
    boolean[] in = g.subtree(root);
    int n = 0;
    boolean time = false;
    for (int k = 0; k < in.length; k++) {
      if (in[k]) {
        n++;
        if (TIME_WORDS.contains(g.lower(k)) || "DATE".equals(g.token(k).ner())) {
          time = true;
        }
      }
    }
    return time && n <= 5;
  }

  private Frame according(DepGraph g, int a) {
    int x = g.head(a);
    if (x < 0 || x == a + 1) {
      return null;
    }
    if (NOT_A_SOURCE.contains(g.lemma(x))) {
      return null;
    }
    String ner = g.token(x).ner();
    boolean named = ner != null && !ner.equals("O");
    if (!named && !g.pos(x).startsWith("PRP") && !g.pos(x).startsWith("NN") && !SOURCE_NOUNS.contains(g.lemma(x))) {
      return null;
    }
    int h = g.head(x);
    if (h < 0) {
      return null;
    }
    Frame f = new Frame(g, a);
    f.according = true;
    f.cueStart = g.charStart(a);
    f.cueEnd = g.charEnd(a + 1);
    int[] range = rangeExcluding(g, h, x);
    if (range == null) {
      return null;
    }
    range = trimContent(g, range);
    if (range == null) {
      return null;
    }
    f.contentStart = g.charStart(range[0]);
    f.contentEnd = g.charEnd(range[1]);
    int[] sp = speakerRange(g, x);
    int s0 = sp[0];
    while (s0 <= sp[1] && (s0 == a || s0 == a + 1)) {
      s0++;
    }
    if (s0 > sp[1]) {
      return null;
    }
    f.speakerToken = x;
    f.speakerStart = g.charStart(s0);
    f.speakerEnd = g.charEnd(sp[1]);
    return f;
  }

  private static final Set<String> NOUN_CASES = Set.of("about", "on", "for", "to", "of", "against", "over", "with");

  /** A noun cue the model found: "his comments about X", "calls for X", "the claim that X". */
  private Frame nounFrame(DepGraph g, int n) {
    int content = -1;
    boolean clause = false;
    for (int c : g.children(n)) {
      String r = g.rel(c);
      if (c > n && (r.equals("ccomp") || (r.startsWith("acl") && !r.equals("acl:relcl") && g.firstChild(c, "mark") >= 0
          && g.lower(g.firstChild(c, "mark")).equals("that")))) {
        content = c;
        clause = true;
        break;
      }
    }
    int cueRight = n;
    if (content < 0) {
      for (int c : g.children(n)) {
        int cs = g.firstChild(c, "case");
        if (c > n && g.rel(c).startsWith("nmod") && cs >= 0 && NOUN_CASES.contains(g.lower(cs))) {
          content = c;
          if (cs == n + 1) {
            cueRight = cs;
          }
          break;
        }
      }
    }
    if (content < 0) {
      return null;
    }
    int[] range = rangeOf(g, g.subtree(content));
    if (range == null) {
      return null;
    }
    range = trimContent(g, range, !clause);
    if (range == null) {
      return null;
    }
    if (range[0] <= cueRight) {
      range[0] = cueRight + 1;
      if (range[0] > range[1]) {
        return null;
      }
    }
    Frame f = new Frame(g, n);
    f.phrasal = !clause;
    f.contentStart = g.charStart(range[0]);
    f.contentEnd = g.charEnd(range[1]);
    f.cueStart = g.charStart(n);
    f.cueEnd = g.charEnd(cueRight);
    int src = g.firstChild(n, "nmod:poss");
    if (src < 0) {
      int h = g.head(n);
      if (h >= 0 && g.rel(n).equals("obj") && g.isVerb(h)) {
        src = g.firstChild(h, "nsubj");
      }
    }
    if (src >= 0) {
      int[] sp = speakerRange(g, src);
      int hi = sp[1];
      while (hi > sp[0] && (g.word(hi).equals("'s") || g.word(hi).equals("'") || g.word(hi).equals("’s")
          || g.word(hi).equals("’"))) {
        hi--;
      }
      f.speakerToken = src;
      f.speakerStart = g.charStart(sp[0]);
      f.speakerEnd = g.charEnd(hi);
    }
    return f;
  }

  /** "in a poll released Sunday, X leads": the model's prepositional cue, read like "according to". */
  private Frame inFrame(DepGraph g, int a) {
    int x = g.head(a);
    if (x < 0 || x <= a || !g.rel(a).equals("case")) {
      return null;
    }
    int h = g.head(x);
    if (h < 0) {
      return null;
    }
    int[] range = rangeExcluding(g, h, x);
    if (range == null) {
      return null;
    }
    range = trimContent(g, range);
    if (range == null) {
      return null;
    }
    int[] sp = speakerRange(g, x);
    int s0 = Math.max(sp[0], a + 1);
    if (s0 > sp[1]) {
      return null;
    }
    Frame f = new Frame(g, a);
    f.according = true;
    f.cueStart = g.charStart(a);
    f.cueEnd = g.charEnd(a);
    f.contentStart = g.charStart(range[0]);
    f.contentEnd = g.charEnd(range[1]);
    f.speakerToken = x;
    f.speakerStart = g.charStart(s0);
    f.speakerEnd = g.charEnd(sp[1]);
    return f;
  }

  /** "the news agency Belta" / "Laguta, the regional governor": prefer the apposition that is a name. */
  private static int namedAppositive(DepGraph g, int head, int verb) {
    if (isName(g, head)) {
      return head;
    }
    if (head < verb && !g.pos(head).startsWith("NNP")) {
      // "the governor of Kherson, Hennadiy Laguta said": a name apposition closing the subject.
      boolean[] in = g.subtree(head);
      for (int k = head + 1; k < verb; k++) {
        if (in[k] && g.rel(k).equals("appos") && g.pos(k).startsWith("NNP") && DepGraph.last(g.subtree(k)) == verb - 1) {
          return k;
        }
      }
    }
    for (int c : g.children(head, "appos")) {
      if (isName(g, c)) {
        return c;
      }
    }
    for (int c : g.children(head, "appos")) {
      if (g.pos(c).startsWith("NNP") && !g.pos(head).startsWith("NNP")) {
        return c; // "the regional governor, Hennadiy Laguta": a name the tagger knows, NER or not
      }
    }
    int h = g.head(head);
    if (g.rel(head).equals("appos") && h >= 0 && isName(g, h)) {
      return h;
    }
    return head;
  }

  private static boolean isName(DepGraph g, int i) {
    String ner = g.token(i).ner();
    return g.pos(i).startsWith("NNP") && ner != null && !ner.equals("O") && !ner.equals("MISC");
  }

  /** The noun phrase of a source: its subtree without relative clauses, appositions, commas. */
  static int[] speakerRange(DepGraph g, int head) {
    boolean[] in = g.subtree(head, c -> !SPEAKER_DROP.contains(g.rel(c)));
    int lo = head;
    while (lo - 1 >= 0 && in[lo - 1]) {
      lo--;
    }
    int hi = head;
    while (hi + 1 < in.length && in[hi + 1]) {
      hi++;
    }
    while (lo < hi && (g.isPunct(lo) || (g.rel(lo).equals("case") && g.head(lo) == head))) {
      lo++;
    }
    while (hi > lo && g.isPunct(hi)) {
      hi--;
    }
    hi = withParentheticalLabel(g, hi);
    // Hyphenated words the tokenizer split ("teary - eyed", "front - runner") stay whole.
    while (lo >= 2 && g.word(lo - 1).equals("-") && g.charEnd(lo - 2) == g.charStart(lo - 1)
        && g.charEnd(lo - 1) == g.charStart(lo)) {
      lo -= 2;
    }
    while (hi + 2 < in.length && g.word(hi + 1).equals("-") && g.charEnd(hi) == g.charStart(hi + 1)
        && g.charEnd(hi + 1) == g.charStart(hi + 2)) {
      hi += 2;
    }
    return new int[] {lo, hi};
  }

  /**
   * "Sen. Ann Roe (D-Ore.)": a short bracketed label right after the name (party and state) belongs
   * to the source as PolNeAR draws it. Returns the closing bracket, or {@code hi} when there is none.
   */
  private static int withParentheticalLabel(DepGraph g, int hi) {
    if (hi + 2 >= g.size() || !isOpenBracket(g.word(hi + 1))) {
      return hi;
    }
    for (int k = hi + 2; k < g.size() && k <= hi + 5; k++) {
      if (isCloseBracket(g.word(k))) {
        return k;
      }
    }
    return hi;
  }

  private static boolean isOpenBracket(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }

  private static boolean isCloseBracket(String w) {
    return w.equals(")") || w.equals("-RRB-");
  }

  private static int[] rangeOf(DepGraph g, boolean[] in) {
    int lo = DepGraph.first(in);
    int hi = DepGraph.last(in);
    return lo < 0 ? null : new int[] {lo, hi};
  }

  /** The contiguous block of {@code root}'s subtree that holds the root, without {@code cut}. */
  private static int[] rangeExcluding(DepGraph g, int root, int cut) {
    boolean[] in = g.subtree(root, c -> c != cut);
    boolean[] cutTree = g.subtree(cut);
    int cl = DepGraph.first(cutTree);
    int cr = DepGraph.last(cutTree);
    int lo = DepGraph.first(in);
    int hi = DepGraph.last(in);
    if (root < cl) {
      hi = Math.min(hi, cl - 1);
    } else {
      lo = Math.max(lo, cr + 1);
    }
    return lo > hi ? null : new int[] {lo, hi};
  }

  private static final Set<String> OPENING = Set.of("``", "\u201c", "\"", "\u2018", "'", "\u00ab", "\u201e");
  private static final Set<String> CLOSING = Set.of("''", "\u201d", "\"", "\u2019", "'", "\u00bb");

  /** Drops leading "that", punctuation (not opening quotes) and trailing punctuation. */
  private static int[] trimContent(DepGraph g, int[] r) {
    return trimContent(g, r, false);
  }

  private static int[] trimContent(DepGraph g, int[] r, boolean phrasal) {
    int lo = r[0];
    int hi = r[1];
    while (lo <= hi) {
      String w = g.word(lo);
      if ((g.isPunct(lo) && !OPENING.contains(w))
          || (g.lower(lo).equals("that") && lo < hi && !g.rel(lo).startsWith("nsubj") && !g.rel(lo).equals("obj")
              && !g.rel(lo).equals("det"))
          || (phrasal && lo < hi && g.rel(lo).equals("case") && lo == r[0])
          || (lo < hi && g.rel(lo).equals("cc") && lo == r[0])) {
        lo++;
      } else {
        break;
      }
    }
    while (hi >= lo && g.isPunct(hi) && !CLOSING.contains(g.word(hi))) {
      hi--;
    }
    return lo > hi ? null : new int[] {lo, hi};
  }
}
