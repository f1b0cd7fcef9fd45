package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Span;

/** Unit tests on short invented articles about a fictional negotiation. */
class CleanerTest {

  private final Cleaner cleaner = new Cleaner();

  private static final String LEAD =
      "OSTMARK CITY, April 2 (Ostmark Wire) - Valdoria and the Republic of Karsk resumed talks on"
          + " Tuesday, with mediators from Ostmark pressing both sides to accept a ceasefire.";
  private static final String BODY =
      "\"We are ready to sign tomorrow if Karsk withdraws its artillery,\" Foreign Minister Lena"
          + " Varga told reporters.\n\n"
          + "Karsk's chief negotiator, General Ivo Drasko, said that any deal must recognise the"
          + " province of Helm as Karskian territory.";

  private List<String> junkTexts(String text) {
    return cleaner.junkSpans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private List<String> labels(String text) {
    return cleaner.junkSpans(text).stream().map(Span::label).toList();
  }

  private static void assertWellFormed(String text, List<Span> spans) {
    int at = 0;
    for (Span span : spans) {
      assertThat(span.start()).isGreaterThanOrEqualTo(at);
      assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
      assertThat(span.label()).isNotBlank();
      at = span.end();
    }
  }

  @Test
  void plainProseHasNoJunk() {
    String text =
        "Talks between Valdoria and Karsk Stall Again\n\n"
            + LEAD + "\n\n" + BODY + "\n\n"
            + "\u201cNo.\u201d\n\n"
            + "That was the whole answer from the Karskian delegation.\n\n"
            + "Ceasefire first\n\n"
            + "Ostmark's mediator, Ambassador Petra Holm, said the 12-point plan remained on the"
            + " table.\n\n"
            + "\"Only if the guns fall silent,\" she added.\n\n"
            + "\u201cWe will not retreat\u201d\n\n"
            + "The next round is due in May.";
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void shortParagraphsAndSubheadingsAreNotATeaserList() {
    String text =
        LEAD + "\n\n"
            + "What Valdoria wants\n\n"
            + "A full withdrawal from Helm.\n\n"
            + "What Karsk wants\n\n"
            + "Recognition of its claim.\n\n"
            + "The demilitarised zone would run for 40 kilometres, officials said.";
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void listIntroducedByColonIsNotJunk() {
    String text =
        LEAD + "\n\nThe 12-point plan includes the following points:\n"
            + "An immediate ceasefire along the whole front line\n"
            + "A demilitarised zone under Ostmark observers\n"
            + "Humanitarian corridors for the civilians of Helm\n";
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void endOfArticleListItemsAreNotTeasers() {
    String text =
        LEAD + "\n\nThe delegations that signed the communique were these.\n"
            + "1 Valdoria (Foreign Ministry)\n"
            + "2 Karsk (Presidential Office)\n"
            + "3 Ostmark (Mediation Office)\n";
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void audioNoticeAtStart() {
    String text = "This audio is created with AI assistance\n\n" + LEAD;
    List<Span> spans = cleaner.junkSpans(text);
    assertThat(spans).containsExactly(new Span(0, 40, "audio-notice"));
  }

  @Test
  void relatedPostCutsOffTheRest() {
    String text = LEAD + "\n\n" + BODY + "\n\nadmin:\nRelated Post\nKarsk Recalls Its Envoy\n";
    assertThat(junkTexts(text)).containsExactly("admin:", "Related Post\nKarsk Recalls Its Envoy");
    assertThat(labels(text)).containsExactly("byline-tag", "related");
  }

  @Test
  void commentFormAndVisitCounter() {
    String text =
        LEAD + "\n\n" + BODY + "\n\n"
            + "Visited 3 times, 1 visit(s) today\n\n"
            + "Leave a Reply\n\n"
            + "Your email address will not be published. Required fields are marked *\n\n"
            + "Comment *\n\nName *\n\n"
            + "Save my name, email, and website in this browser for the next time I comment.\n";
    List<Span> spans = cleaner.junkSpans(text);
    assertWellFormed(text, spans);
    assertThat(junkTexts(text).get(0)).isEqualTo("Visited 3 times, 1 visit(s) today");
    assertThat(junkTexts(text).get(1)).startsWith("Leave a Reply").endsWith("I comment.");
    assertThat(labels(text)).containsExactly("visit-counter", "comments");
  }

  @Test
  void commentFormWithoutLeaveAReply() {
    String text =
        LEAD + "\n\n" + BODY + "\n"
            + "Your email address will not be published. Required fields are marked *";
    assertThat(junkTexts(text))
        .containsExactly(
            "Your email address will not be published. Required fields are marked *");
  }

  @Test
  void endMarkerBeforeAnyProseDoesNotWipeTheArticle() {
    String text = "Comments\n\n" + LEAD + "\n\n" + BODY;
    assertThat(junkTexts(text)).isEmpty();
  }

  @Test
  void shareButtonsAndLikeThis() {
    String text =
        LEAD + "\n\nShare this:\nClick to share on Twitter (Opens in new window)\n"
            + "Click to share on Facebook (Opens in new window)\n\nLike this:\nLike Loading...\n";
    assertThat(junkTexts(text))
        .containsExactly(
            "Share this:\nClick to share on Twitter (Opens in new window)\n"
                + "Click to share on Facebook (Opens in new window)\n\nLike this:\nLike Loading...");
    assertThat(labels(text)).containsOnly("share");
  }

  @Test
  void genericOneLineJunk() {
    String[] junk = {
      "Advertisement",
      "ADVERTISEMENT",
      "Subscribe to our newsletter",
      "Sign up for the Ostmark Morning Briefing",
      "Read more: Karsk rejects the 12-point plan",
      "Read also: Valdoria opens a second corridor",
      "Follow us on Telegram",
      "All rights reserved.",
      "Copyright \u00a9 2031 Ostmark Wire. All rights reserved.",
      "We use cookies to improve your experience. Accept all cookies",
      "Photo: Ostmark Foreign Ministry",
      "Image by Valdorian Presidential Office (CC BY 4.0)",
      "Delegates arrive at the lakeside venue (Photo: Mira Sand)",
      "General Drasko leaves the talks. (Anna Lind/Karsk Daily)",
    };
    for (String line : junk) {
      String text = LEAD + "\n\n" + line + "\n\n" + BODY;
      assertThat(junkTexts(text)).as(line).containsExactly(line.strip());
    }
  }

  @Test
  void readMoreHeaderTakesTheHeadlineBelowIt() {
    String text =
        LEAD + "\n\nRead more\nKarsk Recalls Its Ambassador From Ostmark\n\n" + BODY;
    assertThat(junkTexts(text))
        .containsExactly("Read more\nKarsk Recalls Its Ambassador From Ostmark");
  }

  @Test
  void midArticleTeaserBlockEndsWhereProseResumes() {
    String teaser = "Valdorian Court Jails Two Smugglers After Closed Hearing";
    String before =
        LEAD + "\n\n"
            + "\u201cThe corridor will open at dawn,\u201d General Drasko said.\n\n";
    String block =
        teaser + "\n\n"
            + "Other Topics of Interest\n\n"
            + teaser + "\n\n"
            + "In March, smugglers were arrested with crates of cigarettes at the lakeside port,"
            + " court papers show.";
    String after =
        "\n\nValdoria has denied that its troops shelled the corridor, saying the reports are"
            + " false.\n\n"
            + "Plan \u2018basis for a deal\u2019\n\n"
            + "Ambassador Holm said the 12-point plan could be the basis of a deal.\n";
    String text = before + block + after;
    List<Span> spans = cleaner.junkSpans(text);
    assertThat(spans).hasSize(1);
    Span span = spans.get(0);
    assertThat(text.substring(span.start(), span.end())).isEqualTo(block);
    assertThat(span.start()).isEqualTo(before.length());
    assertThat(span.label()).isEqualTo("related");
  }

  @Test
  void teaserBlockWithoutBlurbKeepsFollowingProse() {
    String text =
        LEAD + "\n\nOther Topics of Interest\n\nOstmark Hosts Winter Games in Lakeside City\n\n"
            + BODY;
    assertThat(junkTexts(text))
        .containsExactly(
            "Other Topics of Interest\n\nOstmark Hosts Winter Games in Lakeside City");
  }

  @Test
  void teaserListAtTheEnd() {
    String list =
        "Ostmark Central Bank Raises Rates for the Third Time\n"
            + "Floods Hit the Southern Valleys of Karsk Overnight\n"
            + "Valdorian Football Club Signs Young Striker From Ostmark\n";
    String text = LEAD + "\n\n" + BODY + "\n\n" + list;
    assertThat(junkTexts(text)).containsExactly(list.strip());
    assertThat(labels(text)).containsExactly("teaser");
  }

  @Test
  void truncatedTeaserBlurbsAtTheEnd() {
    String list =
        "A new survey of Valdorian farmers shows that most of them expect the harvest to\u2026\n"
            + "The Karskian parliament voted late on Monday to extend the state of emergency by\u2026";
    String text = LEAD + "\n" + BODY + "\n" + list;
    assertThat(junkTexts(text)).containsExactly(list);
  }

  @Test
  void twoHeadlinesAtTheEndAreNotEnough() {
    String text =
        LEAD + "\n\n" + BODY + "\n\nOstmark Central Bank Raises Rates Again\n"
            + "Floods Hit the Southern Valleys of Karsk\n";
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void mastheadCategoryAndNavigation() {
    String text =
        "Uncategorized\n\nKarsk Walks Out of Talks\n\n" + LEAD + "\n\n" + BODY
            + "\n\nNext Story\nShare it\n";
    assertThat(junkTexts(text)).containsExactly("Uncategorized", "Next Story", "Share it");
    assertThat(labels(text)).containsExactly("category", "navigation", "share");
  }

  @Test
  void sectionHeaderBeforeProseDoesNotEatTheTitle() {
    String text = "Read more\n\nKarsk Walks Out of Talks\n\n" + LEAD + "\n\n" + BODY;
    assertThat(junkTexts(text)).doesNotContain("Karsk Walks Out of Talks")
        .allSatisfy(junk -> assertThat(junk).doesNotContain("Karsk Walks"));
  }

  @Test
  void categoryWordInsideArticleIsNotJunk() {
    String text = LEAD + "\n\nAnalysis\n\n" + BODY;
    assertThat(cleaner.junkSpans(text)).isEmpty();
  }

  @Test
  void offsetsAreExactWithCrlfAndIndentation() {
    String text = LEAD + "\r\n\r\n   Advertisement \u00a0\r\n\r\n" + BODY + "\r\n";
    List<Span> spans = cleaner.junkSpans(text);
    assertThat(spans).hasSize(1);
    assertThat(text.substring(spans.get(0).start(), spans.get(0).end()))
        .isEqualTo("Advertisement");
  }

  @Test
  void emptyAndBlankTexts() {
    assertThat(cleaner.junkSpans("")).isEmpty();
    assertThat(cleaner.junkSpans("\n\n  \n")).isEmpty();
    assertThat(cleaner.junkSpans("Advertisement")).containsExactly(
        new Span(0, 13, "advert"));
  }

  @Test
  void cleanMarksArticleAndCleanTextDropsJunk() {
    String text = "This audio is created with AI assistance\n\n" + LEAD + "\n\nAdvertisement\n\n"
        + BODY + "\n\nLeave a Reply\nYour email address will not be published.";
    Article article =
        new Article("id", "test", "Ostmark Wire", "t", null, null, null, "en", null, null, text,
            null);
    Article cleaned = cleaner.clean(article);
    assertThat(cleaned.junk()).hasSize(3);
    assertThat(cleaned.text()).isSameAs(text);
    assertThat(cleaned.cleanText()).startsWith("OSTMARK CITY").endsWith("Karskian territory.")
        .doesNotContain("Advertisement");
  }

  @Test
  void largeTextIsFast() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 2_000_000) {
      sb.append(LEAD).append("\n\n").append(BODY).append("\n\nAdvertisement\n\n");
      sb.append("Short Headline Like Line Without Any Final Stop Here\n");
    }
    sb.append("x".repeat(100_000)); // one very long line
    String text = sb.toString();
    long t0 = System.nanoTime();
    List<Span> spans = cleaner.junkSpans(text);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertWellFormed(text, spans);
    assertThat(spans).isNotEmpty();
    assertThat(ms).isLessThan(5_000);
  }

  @Test
  void customRulesAndBadRules() {
    Cleaner custom = new Cleaner(JunkRules.parse("line promo (?i)buy the ostmark almanac.*\n"));
    String text = LEAD + "\nBuy the Ostmark Almanac today\nAdvertisement";
    assertThat(custom.junkSpans(text)).extracting(Span::label).containsExactly("promo");
    assertThatThrownBy(() -> JunkRules.parse("line onlytwo"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":1:");
    assertThatThrownBy(() -> JunkRules.parse("sometimes x y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind");
    assertThatThrownBy(() -> JunkRules.parse("line x (unclosed"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad regex");
    assertThat(JunkRules.defaults().rules()).isNotEmpty();
  }

  // ---- forNlp ---------------------------------------------------------------------------------

  @Test
  void forNlpReplacesOddSpacesAndKeepsQuotes() {
    String in = "Varga\u00a0said \u201cno\u201d\u202fto\u2009the\u200bplan\u00ad\ufeff\u2028.";
    String out = Cleaner.forNlp(in);
    assertThat(out).hasSameSizeAs(in);
    assertThat(out).isEqualTo("Varga said \u201cno\u201d to the plan  \n.");
  }

  @Test
  void forNlpKeepsSoftHyphenInsideAWord() {
    String in = "nego\u00adtiations \u00adend\u00ad";
    assertThat(Cleaner.forNlp(in)).isEqualTo("nego\u00adtiations  end ");
  }

  @Test
  void forNlpLeavesOrdinaryTextAlone() {
    String in = "Karsk\u2019s \u00abplan\u00bb \u2014 Ostmark\tValdoria\r\n\u00e9\uD83D\uDE00";
    assertThat(Cleaner.forNlp(in)).isEqualTo(in);
  }

  @Test
  void forNlpLengthInvariantOnRandomStrings() {
    char[] odd = {
      '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u3000', '\u00ad', '\u200b',
      '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029', '\u0007', '\u0085', '\u201c',
      '\u201d', '\u2019', '\n', '\r', '\t', ' ', 'a', 'Z', '.', '\uD83D', '\uDE00', '\u0301'
    };
    Random random = new Random(20310402L);
    for (int n = 0; n < 1000; n++) {
      int len = random.nextInt(200);
      StringBuilder sb = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        sb.append(random.nextBoolean() ? odd[random.nextInt(odd.length)]
            : (char) (' ' + random.nextInt(95)));
      }
      String in = sb.toString();
      String out = Cleaner.forNlp(in);
      assertThat(out).hasSameSizeAs(in);
      for (int i = 0; i < in.length(); i++) {
        char c = out.charAt(i);
        assertThat(Character.getType(c) == Character.SPACE_SEPARATOR && c != ' ')
            .as("odd space left at %d", i).isFalse();
        assertThat(c == '\u200b' || c == '\ufeff').isFalse();
        if (c == '\u00ad') {
          assertThat(Character.isLetter(in.charAt(i - 1)) && Character.isLetter(in.charAt(i + 1)))
              .as("soft hyphen kept only inside a word").isTrue();
        }
        if (in.charAt(i) == '\u201c' || in.charAt(i) == '\n') {
          assertThat(c).isEqualTo(in.charAt(i));
        }
      }
      Article article =
          new Article("id", "r", null, null, null, null, null, null, null, null, in,
              in.isEmpty() ? List.of() : List.of(new Span(0, in.length() / 2, "x")));
      String blanked = Cleaner.forNlp(article);
      assertThat(blanked).hasSameSizeAs(in);
    }
  }

  @Test
  void forNlpArticleBlanksJunkButKeepsLineBreaks() {
    String text = "This audio is created with AI assistance\n\n" + LEAD + "\n\nAdvertisement\n\n"
        + BODY;
    Article article = cleaner.clean(
        new Article("id", "t", null, null, null, null, null, null, null, null, text, null));
    String nlp = Cleaner.forNlp(article);
    assertThat(nlp).hasSameSizeAs(text);
    assertThat(nlp).doesNotContain("audio").doesNotContain("Advertisement");
    assertThat(nlp.indexOf(LEAD)).isEqualTo(text.indexOf(LEAD));
    assertThat(nlp.chars().filter(c -> c == '\n').count())
        .isEqualTo(text.chars().filter(c -> c == '\n').count());
  }
}
