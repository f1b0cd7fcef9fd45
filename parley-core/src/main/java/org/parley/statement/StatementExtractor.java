package org.parley.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Sentence;
import org.parley.model.Statement;
import org.parley.model.StatementKind;

/**
 * Extracts attributed statements from an annotated article, by rules over tokens, dependency arcs
 * and the raw text (see docs/attribution.md for what counts and how spans are drawn):
 *
 * <ol>
 *   <li>{@link FrameFinder} finds reporting frames (cue, source, content, addressee, time) in each
 *       parsed sentence; nested frames ("X told Y that ..., the Kremlin said") keep the innermost
 *       source and move the outer ones to {@code via};
 *   <li>{@link QuoteFinder} pairs quotation marks; each quote takes the frame that tags it, or
 *       inherits the source of the statement just before it ({@code "A," he said. "B."});
 *   <li>the remaining frames are indirect, or mixed when they hold quoted fragments;
 *   <li>{@link SpeakerResolver} names the speakers; {@link DateNormaliser} dates the reports.
 * </ol>
 *
 * Nothing is taken from page junk. One instance is safe to share between threads.
 */
public final class StatementExtractor {
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I’m|we|We|my|My|our|Our|me|us)\\b");
  private static final Pattern TAG_GAP_AFTER = Pattern.compile("[\\s,;:\u2014\u2013-]*");

  private final Lexicon lexicon;
  private final FrameFinder frameFinder;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final DateNormaliser dates = new DateNormaliser();
  private final HeadlineTags headlines = new HeadlineTags();

  public StatementExtractor() {
    this(Lexicon.load());
  }

  public StatementExtractor(Lexicon lexicon) {
    this(lexicon, Boolean.parseBoolean(System.getProperty("parley.cue.model", "true")) ? CueModel.load() : null);
  }

  /** With a cue classifier ({@code model}, may be null: rules only) proposing cues the rules miss. */
  public StatementExtractor(Lexicon lexicon, CueModel model) {
    this.lexicon = lexicon;
    this.frameFinder = new FrameFinder(lexicon, model,
        model != null && Boolean.parseBoolean(System.getProperty("parley.content.model", "true")) ? CueModel.loadContent() : null);
  }

  /** A statement before speaker resolution. */
  private static final class Draft {
    StatementKind kind;
    int start;
    int end;
    Frame frame;
    List<Frame> outer = List.of();
    boolean inheritBack;
    boolean inheritForward;
    Quote quote;
    double confidence;
    HeadlineTags.Tag headline;
  }

  public List<Statement> extract(AnnotatedArticle annotated) {
    Article article = annotated.article();
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : quoteFinder.find(article)) {
      if (!article.inJunk(q.start(), q.end())) {
        quotes.add(q);
      }
    }
    // 1. Frames, minus cues that are someone's quoted words.
    List<Frame> frames = new ArrayList<>();
    for (Sentence sentence : annotated.sentences()) {
      if (!sentence.parsed() || article.inJunk(sentence.start(), sentence.end())) {
        continue;
      }
      for (Frame f : frameFinder.find(new DepGraph(sentence))) {
        if (insideQuote(quotes, f.cueStart) == null) {
          frames.add(f);
        }
      }
    }
    // 2. Nesting: a frame whose content holds another clausal report is an outer reporter.
    Set<Frame> outerFrames = new HashSet<>();
    List<List<Frame>> outerOf = new ArrayList<>();
    for (Frame inner : frames) {
      List<Frame> outs = new ArrayList<>();
      if (!inner.phrasal && inner.hasSpeaker() && !inner.according) {
        for (Frame o : frames) {
          if (o != inner && o.sentence() == inner.sentence() && o.contentContains(inner.cueStart)
              && o.contentContains(inner.contentStart) && o.hasSpeaker()) {
            outs.add(o);
          }
        }
      }
      outs.sort(Comparator.comparingInt((Frame o) -> -(o.contentEnd - o.contentStart)));
      outerFrames.addAll(outs);
      outerOf.add(outs);
    }
    List<Draft> drafts = new ArrayList<>();
    Set<Frame> used = new HashSet<>();
    // 3. Quotes.
    for (Quote q : quotes) {
      Frame f = tagOf(q, frames, outerFrames, text);
      if (f != null && !quoteIsFragmentOf(q, f, quotes, text)) {
        Draft d = new Draft();
        d.kind = StatementKind.DIRECT;
        d.start = q.start();
        d.end = q.end();
        d.quote = q;
        d.confidence = 0.9;
        if (continuesAcrossTag(drafts, f, q)) {
          // '"A," she said, "B."': one reporting verb, so B is the untagged continuation of A.
          d.inheritBack = true;
        } else {
          d.frame = f;
          d.outer = outerOf.get(frames.indexOf(f));
        }
        used.add(f);
        drafts.add(d);
      } else if (f == null && substantial(q, text)) {
        Draft d = new Draft();
        d.kind = StatementKind.DIRECT;
        d.start = q.start();
        d.end = q.end();
        d.quote = q;
        d.inheritBack = true;
        d.inheritForward = !q.closed();
        d.confidence = 0.6;
        drafts.add(d);
      }
    }
    // 4. Indirect and mixed.
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      if (f.bare || used.contains(f) || outerFrames.contains(f) || article.inJunk(f.contentStart, f.contentEnd)) {
        continue;
      }
      if (coveredByQuote(quotes, f.contentStart, f.contentEnd) != null) {
        continue; // the quote's own frame reports it
      }
      if (!f.hasSpeaker() && insideOtherContent(f, frames)) {
        continue; // "..., adding more items to a list, it said": part of another report, no source of its own
      }
      Draft d = new Draft();
      d.frame = f;
      d.outer = outerOf.get(i);
      d.start = f.contentStart;
      d.end = f.contentEnd;
      d.kind = StatementKind.INDIRECT;
      d.confidence = f.according ? 0.7 : 0.75;
      for (Quote q : quotes) {
        if (q.overlaps(f.contentStart, f.contentEnd)) {
          d.kind = StatementKind.MIXED;
          d.confidence = 0.8;
          if (q.outerEnd() > d.end && q.start() < d.end) {
            d.end = q.outerEnd();
          }
        }
      }
      if (d.kind == StatementKind.INDIRECT && !f.phrasal && f.cueStart >= f.contentEnd
          && lineStart(text, f.contentStart) && FIRST_PERSON.matcher(text.substring(d.start, d.end)).find()) {
        d.kind = StatementKind.DIRECT; // quotation marks lost: verbatim first-person words, then the tag
        d.confidence = 0.6;
      }
      drafts.add(d);
    }
    // 5. Headlines "Speaker: words".
    for (HeadlineTags.Tag tag : headlines.find(article)) {
      Draft d = new Draft();
      d.headline = tag;
      int[] span = {tag.start(), tag.end()};
      Quote q = coveredByQuote(quotes, tag.start(), tag.end());
      d.kind = q != null ? StatementKind.DIRECT : StatementKind.INDIRECT;
      if (q != null) {
        span = new int[] {q.start(), q.end()};
      } else {
        while (span[1] > span[0] && ".;:".indexOf(text.charAt(span[1] - 1)) >= 0) {
          span[1]--;
        }
      }
      d.start = span[0];
      d.end = span[1];
      d.confidence = 0.7;
      drafts.removeIf(o -> o.frame == null && o.start < tag.end() && tag.start() < o.end);
      drafts.add(d);
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.end));
    return resolve(annotated, drafts);
  }

  private List<Statement> resolve(AnnotatedArticle annotated, List<Draft> drafts) {
    Article article = annotated.article();
    String text = article.text();
    SpeakerResolver speakers = new SpeakerResolver(lexicon, annotated);
    List<Statement> out = new ArrayList<>();
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      String speaker = null;
      String entity = null;
      String mention = null;
      int ss = -1;
      int se = -1;
      String cue = null;
      int cs = -1;
      int ce = -1;
      String addressee = null;
      List<String> via = new ArrayList<>();
      String dateText = null;
      Frame f = d.frame;
      if (f != null) {
        List<Frame> chain = new ArrayList<>(d.outer);
        for (Frame o : chain) {
          if (o.hasSpeaker()) {
            via.add(speakers.resolve(o.speakerStart, o.speakerEnd, out).name());
          }
        }
        if (f.hasSpeaker()) {
          ss = f.speakerStart;
          se = f.speakerEnd;
          mention = text.substring(ss, se);
          SpeakerResolver.Resolved r = f.antecedentStart >= 0
              ? speakers.resolve(f.antecedentStart, f.antecedentEnd, out)
              : speakers.resolve(ss, se, out);
          speaker = r.name();
          entity = r.entityId();
        }
        if (f.citedStart >= 0) {
          if (speaker != null) {
            via.add(speaker);
          }
          SpeakerResolver.Resolved r = speakers.resolve(f.citedStart, f.citedEnd, out);
          speaker = r.name();
          entity = r.entityId();
          ss = f.citedStart;
          se = f.citedEnd;
          mention = text.substring(ss, se);
        }
        cs = f.cueStart;
        ce = f.cueEnd;
        cue = text.substring(cs, ce);
        if (f.addresseeStart >= 0) {
          addressee = speakers.resolve(f.addresseeStart, f.addresseeEnd, out).name();
        }
        if (f.dateStart >= 0) {
          dateText = text.substring(f.dateStart, f.dateEnd);
        }
      } else if (d.headline != null) {
        HeadlineTags.Tag tag = d.headline;
        ss = tag.speakerStart();
        se = tag.speakerEnd();
        mention = text.substring(ss, se);
        SpeakerResolver.Resolved r = speakers.resolve(ss, se, out);
        speaker = r.name();
        entity = r.entityId();
        cs = tag.colon();
        ce = tag.colon() + 1;
        cue = ":";
        if (tag.addresseeStart() >= 0) {
          addressee = speakers.resolve(tag.addresseeStart(), tag.addresseeEnd(), out).name();
        }
      } else if (d.inheritBack) {
        Statement prev = previousFor(d, out, text);
        if (prev == null) {
          if (!d.inheritForward) {
            continue;
          }
        } else {
          speaker = prev.speaker();
          entity = prev.speakerEntity();
          addressee = prev.addressee();
          via.addAll(prev.via());
          dateText = prev.dateText();
        }
      }
      int n = out.size() + 1;
      out.add(new Statement(
          article.id(), article.id() + "#" + n, d.kind, text.substring(d.start, d.end), d.start, d.end,
          speaker, entity, mention, ss, se, cue, cs, ce, addressee, via, dateText,
          dates.normalise(dateText, article.published()), d.confidence));
      kept.add(d);
    }
    // Quotes whose paragraph ended without a closing mark take the speaker of the next quote.
    for (int i = out.size() - 2; i >= 0; i--) {
      Statement s = out.get(i);
      Draft d = kept.get(i);
      if (s.speaker() == null && d.inheritForward) {
        Statement next = out.get(i + 1);
        Draft nd = kept.get(i + 1);
        if (nd.quote != null && next.speaker() != null && next.start() - s.end() < 40) {
          out.set(i, withSpeaker(s, next));
        }
      }
    }
    out.removeIf(s -> s.speaker() == null && s.cue() == null);
    List<Statement> numbered = new ArrayList<>(out.size());
    for (Statement s : out) {
      numbered.add(new Statement(
          s.articleId(), s.articleId() + "#" + (numbered.size() + 1), s.kind(), s.content(), s.start(), s.end(),
          s.speaker(), s.speakerEntity(), s.speakerMention(), s.speakerStart(), s.speakerEnd(), s.cue(),
          s.cueStart(), s.cueEnd(), s.addressee(), s.via(), s.dateText(), s.date(), s.confidence()));
    }
    return numbered;
  }

  private static Statement withSpeaker(Statement s, Statement from) {
    return new Statement(
        s.articleId(), s.id(), s.kind(), s.content(), s.start(), s.end(), from.speaker(), from.speakerEntity(),
        null, -1, -1, null, -1, -1, from.addressee(), from.via(), from.dateText(), from.date(), s.confidence());
  }

  /** The statement an untagged quote continues: it ends in the same or the previous paragraph. */
  private static Statement previousFor(Draft d, List<Statement> out, String text) {
    if (out.isEmpty()) {
      return null;
    }
    Statement prev = out.get(out.size() - 1);
    if (prev.speaker() == null) {
      return null;
    }
    int prevEnd = Math.max(prev.end(), Math.max(prev.cueEnd(), prev.speakerEnd()));
    if (prevEnd > d.start) {
      return null;
    }
    String gap = text.substring(Math.min(prevEnd, d.quote.outerStart()), d.quote.outerStart());
    long newlines = gap.chars().filter(c -> c == '\n').count();
    if (newlines > 1 || gap.length() > 400) {
      return null;
    }
    // Another sentence with its own subject in between breaks the chain.
    return gap.strip().length() > 200 ? null : prev;
  }

  /** True when quote {@code q} follows the tag {@code f} that already tags a quote before it. */
  private static boolean continuesAcrossTag(List<Draft> drafts, Frame f, Quote q) {
    for (Draft d : drafts) {
      if (d.frame == f && d.quote != null && d.end <= f.cueStart && f.cueEnd <= q.start()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideOtherContent(Frame f, List<Frame> frames) {
    for (Frame o : frames) {
      if (o != f && !o.bare && o.sentence() == f.sentence() && o.contentContains(f.cueStart)) {
        return true;
      }
    }
    return false;
  }

  private static boolean lineStart(String text, int offset) {
    int k = offset - 1;
    while (k >= 0 && text.charAt(k) != '\n') {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
      k--;
    }
    return true;
  }

  private static Quote insideQuote(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (q.contains(offset)) {
        return q;
      }
    }
    return null;
  }

  private static Quote coveredByQuote(List<Quote> quotes, int s, int e) {
    for (Quote q : quotes) {
      if (s >= q.outerStart() && e <= q.outerEnd()) {
        return q;
      }
    }
    return null;
  }

  /** A quote worth a record without a tag: a sentence-like passage, not a scare-quoted term. */
  private static boolean substantial(Quote q, String text) {
    String content = text.substring(q.start(), q.end()).strip();
    int words = content.split("\\s+").length;
    char last = content.charAt(content.length() - 1);
    return words >= 6 || (words >= 3 && ".?!,".indexOf(last) >= 0 && Character.isUpperCase(content.charAt(0)));
  }

  /** The frame that tags a quote: its content overlaps the quote, or its cue sits right by it. */
  private static Frame tagOf(Quote q, List<Frame> frames, Set<Frame> outerFrames, String text) {
    Frame best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Frame f : frames) {
      if (outerFrames.contains(f)) {
        continue;
      }
      int distance;
      if (f.contentStart < q.end() && q.start() < f.contentEnd) {
        distance = f.cueStart >= q.outerEnd() ? f.cueStart - q.outerEnd() : Math.max(0, q.outerStart() - f.cueEnd);
      } else if (f.cueStart >= q.outerEnd() && f.cueStart - q.outerEnd() <= 60
          && !text.substring(q.outerEnd(), f.cueStart).contains("\n")
          && noQuoteOrStop(text, q.outerEnd(), f.speakerStart >= 0 ? Math.min(f.cueStart, f.speakerStart) : f.cueStart)) {
        distance = 1000 + f.cueStart - q.outerEnd();
      } else if (f.cueEnd <= q.outerStart() && q.outerStart() - f.cueEnd <= 3
          && TAG_GAP_AFTER.matcher(text.substring(f.cueEnd, q.outerStart())).matches()) {
        distance = 1000 + q.outerStart() - f.cueEnd;
      } else {
        continue;
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = f;
      }
    }
    return best;
  }

  private static boolean noQuoteOrStop(String text, int from, int to) {
    if (to < from) {
      return false;
    }
    String gap = text.substring(from, to);
    return TAG_GAP_AFTER.matcher(gap).matches() || gap.strip().matches("[,\\s]*[^.!?\"\u201c\u201d]{0,60}");
  }

  /** True when the frame's content reaches well beyond the quote: the quote is a fragment. */
  private static boolean quoteIsFragmentOf(Quote q, Frame f, List<Quote> quotes, String text) {
    if (f.bare) {
      return false;
    }
    StringBuilder outside = new StringBuilder(text.substring(f.contentStart, f.contentEnd));
    List<int[]> blank = new ArrayList<>();
    for (Quote other : quotes) {
      blank.add(new int[] {other.outerStart(), other.outerEnd()});
    }
    // A tag inside the content ("A," he said, "B") is no reported word of its own.
    blank.add(new int[] {f.hasSpeaker() ? Math.min(f.cueStart, f.speakerStart) : f.cueStart,
        f.hasSpeaker() ? Math.max(f.cueEnd, f.speakerEnd) : f.cueEnd});
    for (int[] b : blank) {
      int s = Math.max(b[0], f.contentStart) - f.contentStart;
      int e = Math.min(b[1], f.contentEnd) - f.contentStart;
      for (int k = s; k < e; k++) {
        outside.setCharAt(k, ' ');
      }
    }
    int words = 0;
    for (String w : outside.toString().split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words++;
      }
    }
    return words >= 2;
  }
}
