package org.parley.position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Position;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.position.ActorTable.ActorMatch;
import org.parley.position.StanceCues.Cue;
import org.parley.position.StanceCues.Kind;
import org.parley.position.Taxonomy.TopicMatch;

/**
 * Finds positions: an actor's demand, offer, acceptance, refusal or condition on a topic. Works
 * sentence by sentence: every topic of the {@link Taxonomy} found in a sentence gets a stance from
 * the nearest {@link StanceCues cue} before it (or its pattern's stance, the statement's cue, the
 * topic's default) and an actor from the {@link ActorTable}: the subject-like name before the
 * cue, else the speaker of the statement the topic lies in. Sentences outside statements give
 * positions only with a cue or a reporting verb and a named actor. Pure: no state between calls.
 */
public final class PositionExtractor {
  /** Words within which a cue still governs a topic after it. */
  private static final int CUE_WINDOW_WORDS = 20;
  /** The same across a list ("demanded that Kyiv recognise ..., withdraw ..., and adopt ..."). */
  private static final int LIST_WINDOW_WORDS = 40;

  private static final Set<String> NOT_SUBJECT_BEFORE = Set.of(
      "with", "to", "on", "from", "against", "for", "of", "at", "by", "into", "over", "toward", "towards", "about",
      "upon", "in", "between", "among", "across", "through", "and", "told", "tell", "tells", "telling", "urged",
      "urging", "asked", "asking", "warned", "assured", "informed", "persuade", "persuaded", "pressed", "pressing",
      "invaded", "attacked", "supports", "backs", "than", "like", "whom",
      // the one pushed to act is not the one who wants it: "pressed Kyiv to withdraw"
      "push", "pushes", "pushed", "pushing", "pressure", "pressured", "pressuring", "force", "forced", "forcing",
      "compel", "compelled", "convince", "convinced", "coerce", "coerced", "urge", "urges", "ask", "asks", "press",
      "help", "helps", "helped", "helping", "allow", "allows", "allowed", "enable", "enables", "enabled");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  private static final Pattern PRONOUNS = Pattern.compile("\\b(he|she|they|we|I|it)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern SKIP_BEFORE = Pattern.compile(
      "(\\bwithout\\W+(a\\W+|an\\W+|any\\W+)?|\\b(negotiations?|talks)\\W+(on|toward|towards|about|over)\\W+(a\\W+|an\\W+|the\\W+)?(\\w+\\W+)?|\\bno\\W+(mention|word|sign|progress|discussion)\\W+(of|on|about)\\W+(a\\W+|an\\W+|the\\W+)?(\\w+\\W+)?|\\b(conditions?|terms|demands?|preconditions?)\\W+for\\W+(a\\W+|an\\W+|the\\W+)?"
          + "(\\w+\\W+)?)$", Taxonomy.FLAGS);
  private static final Pattern REPORTING = Pattern.compile(
      ":\\W*[\u201c\"]|\\b(say|says|said|saying|told|stated|declared|announced|made\\W+clear|reiterated|stressed|emphasi[sz]ed"
          + "|insisted|conveyed|voiced|outlined|set\\W+out|claims|claimed|according\\W+to|(terms|termed|dubs|dubbed)\\W+(its|it|this|their|his|her))\\b",
      Taxonomy.FLAGS);
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]|\\bthen\\b|\\bbut\\b", Taxonomy.FLAGS);
  /** "refused to impose sanctions, saying ...": a new clause with its own content. */
  private static final String REPORTING_PARTICIPLES =
      "(saying|adding|arguing|noting|claiming|stressing|explaining|insisting)\\b";
  /** Words that end a plain cue's reach: "will not impose sanctions because ... a ceasefire". */
  private static final Pattern STRONG_BREAK = Pattern.compile(
      "[;]|\\b(because|although|though|while|whereas|but|despite|amid|since)\\b|,\\W*" + REPORTING_PARTICIPLES,
      Taxonomy.FLAGS);
  private static final Pattern REPORTING_PARTICIPLE = Pattern.compile(REPORTING_PARTICIPLES, Taxonomy.FLAGS);
  private static final Pattern HYPOTHETICAL = Pattern.compile(
      "\\b(if|unless|whether)\\W+(\\w+\\W+){0,4}$", Taxonomy.FLAGS);
  private static final Pattern SUBORDINATOR = Pattern.compile(
      "\\b(because|although|though|while|whereas|despite|amid|since)\\b", Taxonomy.FLAGS);
  /** Words within which a cue still governs a topic that needs one ("talks", "sanctions"). */
  private static final int NEEDED_CUE_WINDOW_WORDS = 6;
  /** A topic in a setting, not an object: "at the Istanbul peace talks", "amid stalled negotiations". */
  private static final Pattern SETTING_BEFORE = Pattern.compile(
      "\\b(during|amid|at|ahead\\W+of|on\\W+the\\W+sidelines\\W+of)\\W+(the\\W+|a\\W+|an\\W+)?(\\w+\\W+){0,3}$",
      Taxonomy.FLAGS);
  /** A question asks about a position; it does not take one ("Will Moscow accept a truce?"). */
  private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"\u201d\u2019')]*$");
  /** A counterfactual or a guess about the past: "should have agreed", "if the talks had been serious". */
  private static final Pattern COUNTERFACTUAL = Pattern.compile(
      "\\b(should|would|could|might|must)(\\W+not|n.t)?\\W+have\\W+\\w+|\\bif\\W+(\\w+\\W+){0,6}?(had|were)\\b",
      Taxonomy.FLAGS);
  /** Cues that, in the narrator's own voice, are an assessment rather than someone's position. */
  private static final Pattern NARRATOR_MODAL = Pattern.compile(
      "(should|must|needs?\\W+to|ought|cannot|can.t|won.t|never|(will|would|shall|can|could)\\W*(not|n.t))\\b",
      Taxonomy.FLAGS);
  /** "yielded no commitment to", "no demand for": an absence is reported, no stance is taken. */
  private static final Pattern NO_BEFORE = Pattern.compile("\\bno\\W+$", Taxonomy.FLAGS);
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile(",\\W+(and\\W+)?(a|an)\\W+$", Taxonomy.FLAGS);
  private static final Pattern PREPOSITIONAL_CLAUSE = Pattern.compile("\\b(despite|amid|in\\W+spite\\W+of)\\b", Taxonomy.FLAGS);
  private static final Pattern COORDINATED_PREDICATE = Pattern.compile(
      "\\band\\W+(is|are|was|were|has|have|had|will|would|can|could)\\b", Taxonomy.FLAGS);
  /** Words after which a name opens a clause as its subject. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "and", "but", "while", "when", "as", "because",
      "since", "although", "though", "whereas", "so", "meanwhile", "then", "if");
  /** Right before a topic: what is demanded is its end ("an end to", "a ban on", "no foreign ..."). */
  private static final Pattern ENDING_BEFORE = Pattern.compile(
      "(\\b(end|ending|halt|halting|stop|stopping|ban|banning|cessation|moratorium|curbs?|curbing)|\\b(with|demand\\w*)\\W+no)"
          + "(\\W+(to|on|of))?\\W+((all|any|the|further|foreign|western|new|more)\\W+)*$", Taxonomy.FLAGS);
  /** A fronted phrase or clause, ended by its comma: "Despite Russia's refusal, ...". */
  private static final Pattern FRONTED = Pattern.compile(
      "\\W*(despite|amid|although|though|while|after|before|since|because|as|following)\\b[^,]*$", Taxonomy.FLAGS);
  private static final Pattern DEMAND_LIST = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}\\-]*\\s+){0,2}\\p{Lu}[\\p{L}\\-]*)['\u2019]s?\\s+(?:[\\p{L}\\-]+\\s+){0,2}?"
          + "(demands|conditions|terms)\\b[^.;]{0,80}?\\b(include|includes|included|are|were)\\b", Taxonomy.FLAGS);
  private static final Pattern VERDICT = Pattern.compile("(unacceptable|out\\W+of\\W+the\\W+question|non-starter)", Taxonomy.FLAGS);
  private static final Pattern BELIEF = Pattern.compile(
      "\\b(i|we)\\W+(do\\W+not\\W+|don.t\\W+)?(think|believe|expect|doubt|hope|guess|suppose|assume|suspect)\\b", Taxonomy.FLAGS);
  private static final Pattern ACCUSATION = Pattern.compile("\\b(accus\\w*|alleg\\w*)", Taxonomy.FLAGS);
  private static final Pattern ANAPHOR = Pattern.compile(
      "^\\W*(\\w+\\W+){0,2}?(the|these|those|both|all|such)\\W+(points|demands|proposals|conditions|terms|measures|issues|steps)\\b",
      Taxonomy.FLAGS);
  private static final Pattern BY_AGENT = Pattern.compile("^\\W*(\\w+\\W+){0,2}?by\\W+", Taxonomy.FLAGS);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern MODAL = Pattern.compile("(should|must|needs?\\W+to|ought)\\b", Taxonomy.FLAGS);
  private static final Pattern POSSESSIVE = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}.\\-]*\\s+){0,2}\\p{Lu}[\\p{L}.\\-]*)['\u2019]s?\\s+(?:[\\p{L}\\-]+\\s+){0,2}$");
  private static final Pattern POSSESSIVE_TO_ANCHOR = Pattern.compile("['\u2019]s?\\s+(?:\\p{L}+\\s+)?");
  /** "Moscow's delegation pushed ...": a possessive naming who acts for the side. */
  private static final Pattern POSSESSED_AGENT = Pattern.compile(
      "['\u2019]s?\\s+(delegation|negotiators|negotiating\\s+team|government|officials|leadership|side|team|president|leader|envoy)\\b",
      Taxonomy.FLAGS);
  private static final Pattern TAGGED = Pattern.compile(
      "\\b(he|she)\\W+(said|added|told|stressed|noted|insisted|warned|declared)\\b", Taxonomy.FLAGS);
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
  /** Verbs whose following name can still be a subject ("said Russia was ready"). */
  static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "claim", "insist", "add", "warn", "believe", "think",
      "argue", "stress", "note", "announce", "confirm", "indicate", "show", "mean", "suggest", "report", "know",
      "hope", "fear", "expect", "assert", "emphasise", "emphasize", "explain", "reiterate", "deny", "acknowledge",
      "be", "have", "do", "signal", "state", "declare", "write", "respond", "reply", "allege", "accuse", "make");

  private final Taxonomy taxonomy;
  private final ActorTable actors;
  private final StanceCues cues;

  /** With the shipped taxonomy, actor table and cues. */
  public PositionExtractor() {
    this(Taxonomy.defaults(), ActorTable.defaults(), StanceCues.defaults());
  }

  public PositionExtractor(Taxonomy taxonomy, ActorTable actors, StanceCues cues) {
    this.taxonomy = taxonomy;
    this.actors = actors;
    this.cues = cues;
  }

  /**
   * With the shipped resources, each overridden or extended by the user's file of the same name in
   * {@code dir} ({@code topics.txt}, {@code actors.tsv}, {@code stance-cues.tsv}) when present;
   * {@code dir} may be null.
   */
  public static PositionExtractor load(Path dir) {
    return new PositionExtractor(
        Taxonomy.load(dir == null ? null : dir.resolve("topics.txt")),
        ActorTable.load(dir == null ? null : dir.resolve("actors.tsv")),
        StanceCues.load(dir == null ? null : dir.resolve("stance-cues.tsv")));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public ActorTable actors() {
    return actors;
  }

  /** Positions of an annotated article, using its sentence boundaries. */
  public List<Position> extract(AnnotatedArticle annotated, List<Statement> statements) {
    List<int[]> spans = new ArrayList<>();
    Set<Integer> verbEnds = new HashSet<>();
    for (Sentence s : annotated.sentences()) {
      spans.add(new int[] {s.start(), s.end()});
      for (org.parley.model.Token t : s.tokens()) {
        String lemma = t.lemma() == null ? t.word() : t.lemma();
        if (t.pos() != null && t.pos().startsWith("VB") && !CLAUSE_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
          verbEnds.add(t.end());
        }
      }
    }
    if (spans.isEmpty()) {
      return extract(annotated.article(), statements);
    }
    return extract(annotated.article(), spans, statements, verbEnds);
  }

  /**
   * Positions from an article's text and statements alone (sentences split on punctuation), so
   * an edited taxonomy can be re-applied to stored statements without re-annotating.
   */
  public List<Position> extract(Article article, List<Statement> statements) {
    return extract(article, Sentences.split(article.text()), statements, Set.of());
  }

  /** What one extraction call works on. */
  private record Ctx(Article article, String text, List<Statement> statements, Set<Integer> verbEnds) {}

  /** Where a stance came from. */
  private enum Source { CLAUSE, PATTERN, CUE, STATEMENT_CUE, DEFAULT }

  private List<Position> extract(Article article, List<int[]> sentences, List<Statement> statements,
      Set<Integer> verbEnds) {
    Ctx ctx = new Ctx(article, article.text(), statements, verbEnds);
    String text = article.text();
    List<Position> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Position> recent = new ArrayList<>();
    int quiet = 0;
    for (int[] sentence : sentences) {
      int ss = sentence[0];
      int se = sentence[1];
      if (se <= ss || article.inJunk(ss, se) || QUESTION.matcher(text).region(ss, se).find()) {
        recent.clear();
        continue;
      }
      List<Position> here = new ArrayList<>();
      List<TopicMatch> matches = taxonomy.find(text, ss, se);
      if (matches.isEmpty() && recent.isEmpty()) {
        // No topic and nothing to refer back to (most sentences): their cues would go unread.
        quiet++;
        continue;
      }
      List<Cue> found = cues.find(text, ss, se);
      for (TopicMatch m : matches) {
        for (Position p : positions(ctx, ss, se, m, found)) {
          if (seen.add(p.actor() + "|" + p.topic() + "|" + p.stance() + "|" + p.start() + "|" + p.end())) {
            here.add(p);
          }
        }
      }
      if (matches.isEmpty() && !recent.isEmpty()) {
        for (Position p : anaphora(ctx, ss, se, found, recent)) {
          if (seen.add(p.actor() + "|" + p.topic() + "|" + p.stance() + "|" + p.start() + "|" + p.end())) {
            here.add(p);
          }
        }
      }
      out.addAll(here);
      if (!here.isEmpty()) {
        recent = new ArrayList<>(here);
        quiet = 0;
      } else if (++quiet > 2) {
        recent.clear();
      }
    }
    return out;
  }

  private List<Position> positions(Ctx ctx, int ss, int se, TopicMatch m, List<Cue> found) {
    String text = ctx.text();
    String before = text.substring(Math.max(ss, m.start() - 40), m.start());
    if (SKIP_BEFORE.matcher(before).find() || SETTING_BEFORE.matcher(before).find()) {
      return List.of();
    }
    Statement st = containing(text, ctx.statements(), m.start());
    Cue cue = governingCue(text, ss, found, m);
    if (cue != null && (m.needsCue() || m.topic().needsCue()) && m.patternStance() == null
        && words(text.substring(Math.min(cue.end(), m.start()), m.start())) > NEEDED_CUE_WINDOW_WORDS) {
      cue = null;
    }
    if (cue == null && m.patternStance() == null && conditionFollows(text, se, found, m)) {
      return List.of(); // "any peace settlement would be contingent on ...": what is conditioned
    }
    boolean hypothetical = cue != null && cue.kind() == Kind.PLAIN && HYPOTHETICAL.matcher(
        text.substring(Math.max(ss, cue.start() - 50), cue.start())).find();
    if (hypothetical && (cue.negated() || cue.stance() != Stance.DEMANDS)) {
      return List.of(); // "if Russia does not agree to a ceasefire"
    }
    if (cue == null && m.patternStance() == null && subordinate(text, found, m)) {
      return List.of(); // "... will not impose sanctions because there's a chance of a ceasefire"
    }
    if (cue == null && (m.needsCue() || m.topic().needsCue())) {
      cue = modalAfter(text, se, found, m); // "attacks on civilians should be stopped"
    }
    if (cue == null && m.patternStance() == null) {
      cue = verdictAfter(text, se, found, m); // "a full ceasefire is categorically unacceptable"
    }
    if (cue != null && cue.kind() == Kind.PLAIN && NO_BEFORE.matcher(text.substring(ss, cue.start())).find()) {
      return List.of();
    }
    int reach = Math.min(se, Math.max(m.end(), cue == null ? m.end() : cue.end() + 20));
    if (COUNTERFACTUAL.matcher(text).region(ss, reach).find()) {
      return List.of(); // "if the talks had been serious, they should have ..."
    }
    Cue outer = cue == null || cue.kind() != Kind.PLAIN ? cue : outermost(text, found, cue);
    if (ACCUSATION.matcher(text.substring(ss, (outer != null ? outer : cue) != null
        ? (outer != null ? outer : cue).start() : m.start())).find()) {
      return List.of(); // "accused Moscow of stalling the talks": a claim, not a position
    }
    Position listed = listedDemand(ctx, ss, se, st, m);
    if (listed != null) {
      return List.of(listed); // "Putin's conditions include a pledge not to ..., and neutral status"
    }
    Stance stance = null;
    Source source = null;
    if (cue != null && cue.kind() == Kind.CLAUSE) {
      stance = Stance.CONDITIONS;
      source = Source.CLAUSE;
    } else if (m.patternStance() != null) {
      stance = negatedRight(text, ss, m.start()) ? flip(m.patternStance()) : m.patternStance();
      source = Source.PATTERN;
    } else if (cue != null) {
      stance = outer.effective();
      cue = outer;
      source = Source.CUE;
    } else if (m.needsCue()) {
      return List.of();
    } else if (st != null) {
      Stance fromStatementCue = statementCueStance(text, st);
      stance = fromStatementCue != null ? fromStatementCue : m.topic().defaultStance();
      source = fromStatementCue != null ? Source.STATEMENT_CUE : Source.DEFAULT;
    } else if (m.topic().defaultStance() != null
        && (reportedBefore(text, ss, m.start()) || TAGGED.matcher(text.substring(ss, se)).find())) {
      stance = m.topic().defaultStance();
      source = Source.DEFAULT;
    }
    if (stance == null) {
      return List.of();
    }
    boolean narrator = st == null && !reportedBefore(text, ss, m.start()) && !TAGGED.matcher(text.substring(ss, se)).find();
    if (narrator && source == Source.CUE && NARRATOR_MODAL.matcher(text).region(cue.start(), cue.end()).lookingAt()) {
      return List.of(); // "Ukraine cannot stop fighting while ...": the writer's view
    }
    if (stance == Stance.DEMANDS && ENDING_BEFORE.matcher(before).find()) {
      stance = Stance.REJECTS; // "demands an end to Western arms supplies"
    }
    if (hypothetical && stance == Stance.DEMANDS) {
      stance = Stance.CONDITIONS; // "assurances make sense if the goal is a pan-European discussion"
    }
    Cue frame = null;
    if (stance == Stance.DEMANDS) {
      frame = frame(text, ss, se, st, found);
      if (frame != null) {
        stance = Stance.CONDITIONS;
      }
    }
    String actor;
    String speaker = st == null ? null : st.speaker();
    String possessor = cue == null ? null : possessiveAgent(text, ss, cue.start());
    if (possessor != null) {
      actor = possessor;
    } else if (st != null && (source == Source.STATEMENT_CUE || cue != null && MODAL.matcher(
        text.substring(cue.start(), cue.end())).lookingAt())) {
      actor = speakerSide(st); // the speaker demands, whoever "should" act; unknown speaker: none
    } else if (st == null && frame != null && cue == null) {
      actor = actorFor(ctx, ss, frame.start(), frame, null);
    } else {
      actor = actorFor(ctx, ss, cue != null ? cue.start() : m.start(), cue, st);
      if (source == Source.DEFAULT && st != null && actor != null && !actor.equals(speakerSide(st))) {
        return List.of(); // a bare mention of what others will do is no stance of theirs
      }
    }
    if (actor == null && st == null && TAGGED.matcher(text.substring(ss, se)).find()) {
      Statement previous = previousStatement(ctx.statements(), ss);
      if (previous != null) {
        actor = speakerSide(previous);
        speaker = previous.speaker();
      }
    }
    if (actor == null) {
      return List.of();
    }
    List<Position> out = new ArrayList<>();
    out.add(build(ctx, ss, se, st, speaker, actor, m.topic().id(), stance));
    if (st != null && actor.equals(speakerSide(st))) {
      // "Kyiv and the West reject ...": every side among the speakers
      for (String other : actors.sidesOf(st.speaker())) {
        if (!other.equals(actor)) {
          out.add(build(ctx, ss, se, st, speaker, other, m.topic().id(), stance));
        }
      }
    }
    // "offered to negotiate on Putin's key demands: neutrality" is also the speaker's offer
    if (possessor != null && st != null && st.start() > cue.end()) {
      Stance own = statementCueStance(text, st);
      String side = speakerSide(st);
      if (own != null && side != null && !side.equals(possessor)) {
        out.add(build(ctx, ss, se, st, speaker, side, m.topic().id(), own));
      }
    }
    return out;
  }

  /**
   * A topic listed after a side's possessive demands or conditions ("Moscow's demands include
   * ..."): whatever cue words the list items carry, each item is that side's demand (or
   * condition), or null when the topic is not in such a list.
   */
  private Position listedDemand(Ctx ctx, int ss, int se, Statement st, TopicMatch m) {
    String text = ctx.text();
    Matcher list = DEMAND_LIST.matcher(text).region(ss, m.start());
    if (!list.find() || STRONG_BREAK.matcher(text.substring(list.end(), m.start())).find()) {
      return null;
    }
    String side = actors.sideOf(list.group(1));
    if (side == null) {
      return null;
    }
    Stance stance = list.group(2).toLowerCase(Locale.ROOT).matches("conditions|terms") ? Stance.CONDITIONS : Stance.DEMANDS;
    if (ENDING_BEFORE.matcher(text.substring(Math.max(ss, m.start() - 40), m.start())).find()) {
      stance = Stance.REJECTS; // "... include an official end to Western arms supplies"
    }
    return build(ctx, ss, se, st, st == null ? null : st.speaker(), side, m.topic().id(), stance);
  }

  /** Positions for a sentence like "Osk was willing to work on the points", where the topics come from earlier. */
  private List<Position> anaphora(Ctx ctx, int ss, int se, List<Cue> found, List<Position> previous) {
    String text = ctx.text();
    List<Position> out = new ArrayList<>();
    for (Cue cue : found) {
      if (cue.kind() != Kind.PLAIN) {
        continue;
      }
      String after = text.substring(cue.end(), Math.min(se, cue.end() + 60));
      if (!ANAPHOR.matcher(after).find()) {
        continue;
      }
      Statement st = containing(text, ctx.statements(), cue.start());
      String actor = actorFor(ctx, ss, cue.start(), cue, st);
      if (actor == null) {
        continue;
      }
      Set<String> topics = new java.util.LinkedHashSet<>();
      for (Position p : previous) {
        if (!p.actor().equals(actor)) {
          topics.add(p.topic());
        }
      }
      for (String topic : topics) {
        out.add(build(ctx, ss, se, st, st == null ? null : st.speaker(), actor, topic, cue.effective()));
      }
    }
    return out;
  }

  private Position build(Ctx ctx, int ss, int se, Statement st, String speaker, String actor, String topic,
      Stance stance) {
    Article article = ctx.article();
    String text = ctx.text();
    int es = ss;
    int ee = se;
    if (st != null && st.start() < se && st.end() > ss) {
      es = Math.max(ss, st.start());
      ee = Math.min(se, st.end());
    }
    while (es < ee && Character.isWhitespace(text.charAt(es))) {
      es++;
    }
    while (ee > es && Character.isWhitespace(text.charAt(ee - 1))) {
      ee--;
    }
    return new Position(
        article.id(), actor, topic, stance,
        speaker, st == null ? null : st.id(),
        text.substring(es, ee), es, ee,
        st != null && st.date() != null ? st.date() : article.published(),
        st == null ? null : st.dateText());
  }

  /** The statement whose content holds {@code at} (the shortest when nested), or null. */
  private static Statement containing(String text, List<Statement> statements, int at) {
    Statement best = null;
    for (Statement s : statements) {
      if (s.start() <= at && at < s.end() && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    Statement outer = best == null ? null : coordinatedInside(text, statements, best);
    return outer == null ? best : new Statement(best.articleId(), best.id(), best.kind(), best.content(), best.start(),
        best.end(), outer.speaker(), outer.speakerEntity(), outer.speakerMention(), outer.speakerStart(),
        outer.speakerEnd(), best.cue(), best.cueStart(), best.cueEnd(), best.addressee(), best.via(),
        best.dateText(), best.date(), best.confidence());
  }

  /** "and claimed", "and warned": a reporting verb coordinated with an earlier one. */
  private static final Pattern AND_BEFORE_CUE = Pattern.compile("\\band\\W+$", Taxonomy.FLAGS);

  /**
   * The statement enclosing {@code inner} when its content opens with inner's speaker as the
   * object of a verb that takes no clause and inner's cue follows "and": in "A branded B a threat
   * and claimed X", A, not B, claimed X. Null otherwise.
   */
  private static Statement coordinatedInside(String text, List<Statement> statements, Statement inner) {
    if (inner.cueStart() < 0 || inner.cueStart() > text.length() || inner.speaker() == null) {
      return null;
    }
    if (!AND_BEFORE_CUE.matcher(text.substring(Math.max(0, inner.cueStart() - 8), inner.cueStart())).find()) {
      return null;
    }
    String mention = inner.speakerMention() != null ? inner.speakerMention() : inner.speaker();
    for (Statement outer : statements) {
      if (outer != inner && outer.start() <= inner.cueStart() && inner.end() <= outer.end()
          && outer.start() < inner.start() && text.startsWith(mention, outer.start()) && !takesClause(outer.cue())) {
        return outer;
      }
    }
    return null;
  }

  private static final Set<String> IRREGULAR_CLAUSE_VERBS = Set.of("said", "says", "told", "tells", "thought", "knew",
      "meant", "wrote", "writes", "showed", "shown", "did", "does", "had", "has", "was", "is", "made", "makes");

  /** Whether a reporting verb as written takes a clause ("said Karsk had ..."), not an object ("branded Karsk ..."). */
  static boolean takesClause(String cue) {
    if (cue == null || cue.isBlank()) {
      return true;
    }
    String w = cue.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (IRREGULAR_CLAUSE_VERBS.contains(w) || CLAUSE_VERBS.contains(w)) {
      return true;
    }
    for (String suffix : List.of("ing", "ed", "es", "d", "s")) {
      if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (CLAUSE_VERBS.contains(stem) || CLAUSE_VERBS.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nearest plain or clause cue before the topic that still governs it. */
  private static Cue governingCue(String text, int ss, List<Cue> found, TopicMatch m) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Cue c = found.get(i);
      if (c.start() >= m.start() || c.kind() == Kind.FRAME) {
        continue;
      }
      String between = c.end() >= m.start() ? "" : text.substring(c.end(), m.start());
      if (between.contains(",") && FRONTED.matcher(text).region(ss, c.start()).lookingAt()) {
        return null; // "Despite Russia's refusal, no new sanctions were imposed"
      }
      if (c.kind() == Kind.CLAUSE) {
        if (CLAUSE_BREAK.matcher(between).find()) {
          continue;
        }
        return c;
      }
      int window = between.chars().filter(ch -> ch == ',').count() >= 2 ? LIST_WINDOW_WORDS : CUE_WINDOW_WORDS;
      if (words(between) > window || STRONG_BREAK.matcher(between).find()) {
        return null;
      }
      return c;
    }
    return null;
  }

  /** A modal demand right after the topic ("should be stopped", "must end"), or null. */
  private static Cue modalAfter(String text, int se, List<Cue> found, TopicMatch m) {
    for (Cue c : found) {
      if (c.kind() == Kind.PLAIN && c.start() >= m.end() && c.effective() == Stance.DEMANDS
          && MODAL.matcher(text.substring(c.start(), c.end())).lookingAt()
          && words(text.substring(m.end(), Math.min(se, c.start()))) <= 2) {
        return c;
      }
    }
    return null;
  }

  /** A rejecting verdict right after the topic ("is unacceptable", "is out of the question"), or null. */
  private static Cue verdictAfter(String text, int se, List<Cue> found, TopicMatch m) {
    for (Cue c : found) {
      if (c.kind() == Kind.PLAIN && c.start() >= m.end() && c.effective() == Stance.REJECTS
          && VERDICT.matcher(text.substring(c.start(), c.end())).lookingAt()
          && words(text.substring(m.end(), Math.min(se, c.start()))) <= 3) {
        return c;
      }
    }
    return null;
  }

  /** True when a conditions cue follows the topic closely ("a peace deal would be contingent on"). */
  private static boolean conditionFollows(String text, int se, List<Cue> found, TopicMatch m) {
    for (Cue c : found) {
      if (c.kind() == Kind.CLAUSE && c.start() >= m.end()
          && words(text.substring(m.end(), Math.min(se, c.start()))) <= 4) {
        return true;
      }
    }
    return false;
  }

  /** True when a cue before the topic is cut off from it by a subordinating word ("because"). */
  private static boolean subordinate(String text, List<Cue> found, TopicMatch m) {
    for (int i = found.size() - 1; i >= 0; i--) {
      Cue c = found.get(i);
      if (c.kind() == Kind.PLAIN && c.end() <= m.start()) {
        return SUBORDINATOR.matcher(text.substring(c.end(), m.start())).find();
      }
    }
    return false;
  }

  /**
   * The cue that governs a nested one: "urged Russia to accept" -> urged (demands), "refused
   * demands to accept" -> refused (rejects).
   */
  private static Cue outermost(String text, List<Cue> found, Cue inner) {
    Cue current = inner;
    for (int i = found.indexOf(inner) - 1; i >= 0; i--) {
      Cue prev = found.get(i);
      if (prev.kind() != Kind.PLAIN || prev.end() > current.start()) {
        continue;
      }
      String between = text.substring(prev.end(), current.start());
      if (STRONG_BREAK.matcher(between).find()) {
        break;
      }
      if (COORDINATED_PREDICATE.matcher(between).find()) {
        break; // "does not plan to occupy it and is ready to negotiate": two predicates
      }
      Stance outerStance = prev.effective();
      Stance innerStance = current.effective();
      boolean nests = (innerStance == Stance.ACCEPTS || innerStance == Stance.OFFERS)
          && (outerStance == Stance.DEMANDS || outerStance == Stance.REJECTS) && words(between) <= 8
          || innerStance == Stance.DEMANDS && outerStance == Stance.REJECTS && words(between) <= 2
          // "Moscow's demands include ..., a pledge to ...": an item of the list, not a pledge made
          || outerStance == Stance.DEMANDS && INDEFINITE_BEFORE.matcher(text.substring(prev.end(), current.start())).find()
              && words(between) <= CUE_WINDOW_WORDS;
      if (!nests) {
        break;
      }
      current = prev;
    }
    return current;
  }

  private static int words(String s) {
    Matcher w = WORD.matcher(s);
    int n = 0;
    while (w.find()) {
      n++;
    }
    return n;
  }

  private Stance statementCueStance(String text, Statement st) {
    if (st.cueStart() < 0 || st.cueEnd() > text.length() || st.cueEnd() <= st.cueStart()) {
      return null;
    }
    if (st.start() > st.cueEnd() && STRONG_BREAK.matcher(text.substring(st.cueEnd(), st.start())).find()
        || REPORTING_PARTICIPLE.matcher(text).region(st.start(), st.end()).lookingAt()) {
      return null; // "refused to impose sanctions, saying ...": the cue is not about this content
    }
    for (Cue c : cues.find(text, st.cueStart(), Math.min(text.length(), st.cueEnd() + 6))) {
      if (c.kind() == Kind.PLAIN && c.start() < st.cueEnd()) {
        return c.effective();
      }
    }
    return null;
  }

  private static boolean reportedBefore(String text, int ss, int at) {
    return REPORTING.matcher(text.substring(ss, at)).find();
  }

  private static boolean negatedRight(String text, int ss, int at) {
    String before = text.substring(Math.max(ss, at - 16), at).toLowerCase(Locale.ROOT);
    return before.matches("(?s).*\\b(not|never|no)\\W+$") || before.matches("(?s).*n[’']t\\W+$");
  }

  private static Stance flip(Stance s) {
    return s == Stance.REJECTS ? Stance.ACCEPTS : Stance.REJECTS;
  }

  /** A conditions frame ("his terms for", "as conditions for") in the sentence or statement, or null. */
  private Cue frame(String text, int ss, int se, Statement st, List<Cue> found) {
    for (Cue c : found) {
      if (c.kind() == Kind.FRAME) {
        return c;
      }
    }
    if (st != null && (st.start() < ss || st.end() > se)) {
      for (Cue c : cues.find(text, st.start(), st.end())) {
        if (c.kind() == Kind.FRAME) {
          return c;
        }
      }
    }
    return null;
  }

  /** The side named in a possessive right before a cue noun ("Moscow's demand", "Putin's key demands"). */
  private String possessiveAgent(String text, int ss, int cueStart) {
    Matcher m = POSSESSIVE.matcher(text.substring(Math.max(ss, cueStart - 60), cueStart));
    if (!m.find()) {
      return null;
    }
    return actors.sideOf(m.group(1));
  }

  private static Statement previousStatement(List<Statement> statements, int before) {
    Statement best = null;
    for (Statement s : statements) {
      if (s.end() <= before && s.speaker() != null && (best == null || s.end() > best.end())) {
        best = s;
      }
    }
    return best;
  }

  /**
   * The side behind a stance cue at {@code anchor}: inside a statement's content, the subject-like
   * name before it (a subject pronoun means the speaker), else the speaker; outside statements,
   * the subject-like name before it or the agent after it ("conditions voiced by Moscow").
   */
  private String actorFor(Ctx ctx, int ss, int anchor, Cue cue, Statement st) {
    String text = ctx.text();
    if (st != null) {
      if (anchor >= st.start()) {
        String agent = agentBefore(ctx, Math.max(ss, st.start()), anchor, true, Math.max(ss, st.start()));
        if (agent == OTHERS) {
          // "I hope they agree": a person's "they" are others, whom the text does not name; a
          // delegation reported as "they were seeking" is itself
          return st.kind() == StatementKind.INDIRECT && collectiveSpeaker(st.speaker()) ? speakerSide(st) : null;
        }
        if (agent != null && !agent.equals(SPEAKER)) {
          if (!agent.equals(speakerSide(st)) && BELIEF.matcher(text).region(st.start(), anchor).find()) {
            return null; // "I think the US will not support ...": a guess about another side
          }
          return agent;
        }
      }
      return speakerSide(st);
    }
    boolean reported = reportedBefore(text, ss, anchor) || TAGGED.matcher(text).region(ss, anchor).find();
    String agent = agentBefore(ctx, ss, anchor, false,
        cue == null || reported ? ss : wordsBack(text, ss, anchor, NARRATOR_AGENT_WORDS));
    if (agent != null) {
      return agent;
    }
    if (cue != null) {
      String after = text.substring(cue.end(), Math.min(text.length(), cue.end() + 60));
      Matcher by = BY_AGENT.matcher(after);
      if (by.find()) {
        int from = cue.end() + by.end();
        List<ActorMatch> names = actors.find(text, from, Math.min(text.length(), from + 40));
        if (!names.isEmpty() && names.get(0).start() == from && !names.get(0).reporter()) {
          return names.get(0).side();
        }
      }
    }
    return null;
  }

  private static final String SPEAKER = "\u0000speaker";
  private static final String OTHERS = "\u0000others";

  /** "Kyiv and its allies", "officials", "the Ukrainian delegation": a speaker reported as "they". */
  private boolean collectiveSpeaker(String speaker) {
    if (speaker == null) {
      return false;
    }
    String last = speaker.strip().replaceAll("^.*\\s", "");
    return speaker.contains(" and ") || actors.sidesOf(speaker).size() > 1 || COLLECTIVES.contains(last.toLowerCase(Locale.ROOT))
        || last.endsWith("s") && !last.isEmpty() && Character.isLowerCase(last.charAt(0));
  }

  private static final Set<String> COLLECTIVES = Set.of("delegation", "government", "ministry", "office", "team",
      "side", "authorities", "leadership", "kremlin", "administration", "parliament", "council", "command");
  /**
   * Words before a cue within which the narrator names its agent ("Moscow has so far refused"):
   * farther back, the name is usually the subject of another clause.
   */
  private static final int NARRATOR_AGENT_WORDS = 7;

  /** The start of the {@code n}th word before {@code to}, or {@code from}. */
  private static int wordsBack(String text, int from, int to, int n) {
    List<Integer> starts = new ArrayList<>();
    Matcher w = WORD.matcher(text).region(from, to);
    while (w.find()) {
      starts.add(w.start());
    }
    return starts.size() <= n ? from : starts.get(starts.size() - n);
  }

  private String speakerSide(Statement st) {
    String side = actors.sideOf(st.speaker());
    if (side == null) {
      side = actors.sideOf(st.speakerEntity());
    }
    if (side == null) {
      side = actors.sideOf(st.speakerMention());
    }
    return side;
  }

  /**
   * The nearest subject-like side name (or, with {@code pronounIsSpeaker}, pronoun) in {@code
   * [nearFrom, to)}; whether it is subject-like is judged back to {@code from}.
   */
  private String agentBefore(Ctx ctx, int from, int to, boolean pronounIsSpeaker, int nearFrom) {
    String text = ctx.text();
    if (to <= nearFrom) {
      return null;
    }
    List<int[]> candidates = new ArrayList<>(); // start, end, index into names or -1 for pronoun
    List<ActorMatch> names = actors.find(text, nearFrom, to);
    for (int i = 0; i < names.size(); i++) {
      candidates.add(new int[] {names.get(i).start(), names.get(i).end(), i});
    }
    Matcher p = PRONOUNS.matcher(text).region(nearFrom, to);
    while (p.find()) {
      if (!p.group().equals("i")) {
        candidates.add(new int[] {p.start(), p.end(), -1});
      }
    }
    candidates.sort((a, b) -> Integer.compare(b[0], a[0]));
    for (int[] c : candidates) {
      if (PREPOSITIONAL_CLAUSE.matcher(text).region(c[1], to).find()) {
        return null; // "Russia escalates despite calls for a truce": the calls are not Russia's
      }
      boolean strict = COORDINATED_PREDICATE.matcher(text).region(c[1], to).find();
      if (!subjectLike(ctx, from, c[0], strict)) {
        continue;
      }
      if (c[2] >= 0 && POSSESSIVE_TO_ANCHOR.matcher(text.substring(c[1], to)).matches()
          && !POSSESSED_AGENT.matcher(text.substring(c[1], to)).lookingAt()) {
        continue; // "Kyiv's recognition of ...": the one who would give it, not the one asking
      }
      if (c[2] < 0) {
        String pronoun = text.substring(c[0], c[1]).toLowerCase(Locale.ROOT);
        if (SUBJECT_PRONOUNS.contains(pronoun) && pronounIsSpeaker) {
          return pronoun.equals("they") ? OTHERS : SPEAKER;
        }
        continue;
      }
      ActorMatch name = names.get(c[2]);
      if (name.reporter()) {
        continue;
      }
      return name.side();
    }
    return null;
  }

  /**
   * False when the name at {@code start} follows a preposition or an addressee verb; with {@code
   * clauseInitial}, unless it opens its clause ("Russia does not plan to occupy Ukraine and is ready").
   */
  private static boolean subjectLike(Ctx ctx, int from, int start, boolean clauseInitial) {
    String text = ctx.text();
    int i = start;
    boolean determiner = false;
    // walk back over the rest of a name phrase: capitalised words, titles, bracketed insertions
    while (true) {
      int wordEnd = i;
      while (wordEnd > from && Character.isWhitespace(text.charAt(wordEnd - 1))) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > from && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        return true;
      }
      String word = text.substring(wordStart, wordEnd);
      String bare = word.replaceAll("^[\\[(\u201c\"']+|[\\])\u201d\"',]+$", "");
      if (word.endsWith(",") || word.endsWith(":") || word.endsWith(".") && !Sentences.abbreviation(word)) {
        return true;
      }
      if (bare.isEmpty()) {
        i = wordStart;
        continue;
      }
      if (word.startsWith("[") || word.endsWith("]")
          || (Character.isUpperCase(bare.charAt(0)) && !bare.equals("I") && wordStart > from
              && !sentenceInitial(text, from, wordStart))) {
        i = wordStart;
        continue;
      }
      String lower = bare.toLowerCase(Locale.ROOT);
      int bareEnd = wordStart + word.indexOf(bare) + bare.length();
      if (ctx.verbEnds().contains(wordEnd) || ctx.verbEnds().contains(bareEnd)) {
        return false; // object of a verb: "occupy Ukraine", "abuse the Ukrainian soldiers"
      }
      if (!determiner && DETERMINERS.contains(lower)) {
        determiner = true;
        i = wordStart;
        continue;
      }
      if (lower.equals("and") && text.substring(from, wordStart).stripTrailing().endsWith(",")) {
        return true; // ", and Russia issued ...": a new clause, not "between Kyiv and Moscow"
      }
      return clauseInitial ? CLAUSE_OPENERS.contains(lower) : !NOT_SUBJECT_BEFORE.contains(lower);
    }
  }

  private static boolean sentenceInitial(String text, int from, int at) {
    int j = at;
    while (j > from && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    if (j > from && text.charAt(j - 1) == '.') {
      int k = j;
      while (k > from && !Character.isWhitespace(text.charAt(k - 1))) {
        k--;
      }
      return !Sentences.abbreviation(text.substring(k, j)); // "the U.S. President" goes on
    }
    return j == from || "!?\u201c\"".indexOf(text.charAt(j - 1)) >= 0;
  }
}
