package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;

/** Small invented articles for store and query tests. */
public final class TestArticles {
  private TestArticles() {}

  public static final String PLAN_TEXT =
      "SUBSCRIBE NOW\n"
          + "The foreign minister of Eldoria said on Tuesday that the 28-point plan would need "
          + "\"serious revisions\" before any vote. Mara Quill's office disagreed.\n\n"
          + "Demilitarisation of the northern valley was also discussed at length.\n"
          + "Advertisement";

  /** Eldoria, Daily Bugle, 2022-03-03, with junk at both ends and three mentions. */
  public static AnnotatedArticle plan() {
    String text = PLAN_TEXT;
    int adStart = text.indexOf("Advertisement");
    Article a =
        new Article(
            "a-plan",
            "corpus/test/plan.txt",
            "Daily Bugle",
            "Ministers argue over peace proposal",
            List.of("Jo Penhallow", "R. Ostrander"),
            LocalDate.of(2022, 3, 3),
            DateSource.METADATA,
            "en",
            "https://bugle.example/plan",
            "XE",
            text,
            List.of(new Span(0, 13, "banner"), new Span(adStart, text.length(), "ad")));
    int eldoria = text.indexOf("Eldoria");
    int quill = text.indexOf("Mara Quill");
    int valley = text.indexOf("northern valley");
    return new AnnotatedArticle(
        a,
        List.of(),
        List.of(
            new Mention(eldoria, eldoria + 7, "Eldoria", EntityType.PLACE, "e:eldoria", "Eldoria"),
            new Mention(quill, quill + 10, "Mara Quill", EntityType.PERSON, "e:mara-quill", "Mara Quill"),
            new Mention(valley, valley + 15, "northern valley", EntityType.PLACE, null, null)));
  }

  /** The Courier, 2025-06-10, mentions Mara Quill. */
  public static AnnotatedArticle harbour() {
    String text =
        "Talks over the harbour resumed in Port Lenna. Mara Quill told reporters the plan "
            + "was \"dead on arrival\". Fishing crews waited outside.";
    int quill = text.indexOf("Mara Quill");
    int lenna = text.indexOf("Port Lenna");
    return new AnnotatedArticle(
        new Article(
            "a-harbour",
            "feeds/courier.xml#3",
            "The Courier",
            "Harbour talks resume",
            List.of(),
            LocalDate.of(2025, 6, 10),
            DateSource.FILE_NAME,
            "en",
            null,
            null,
            text,
            List.of()),
        List.of(),
        List.of(
            new Mention(quill, quill + 10, "Mara Quill", EntityType.PERSON, "e:mara-quill", "Mara Quill"),
            new Mention(lenna, lenna + 10, "Port Lenna", EntityType.PLACE, "e:port-lenna", "Port Lenna")));
  }

  /** Daily Bugle, 2025-01-15, no mentions; the word "festival" appears only in the title. */
  public static AnnotatedArticle weather() {
    return new AnnotatedArticle(
        new Article(
            "a-weather",
            "corpus/test/weather.txt",
            "Daily Bugle",
            "Festival washed out",
            List.of("Staff"),
            LocalDate.of(2025, 1, 15),
            DateSource.INFERRED,
            "en",
            null,
            null,
            "Heavy rain fell across the coast on Saturday, and organisers abandoned their plan "
                + "for the weekend. Tents were packed away by noon.",
            List.of()),
        List.of(),
        List.of());
  }

  /** No outlet, no date, no title. */
  public static AnnotatedArticle bare() {
    return new AnnotatedArticle(
        new Article(
            "a-bare", "notes/bare.txt", null, null, null, null, null, null, null, null,
            "A short note about lighthouse keepers.", null),
        List.of(),
        List.of());
  }

  /** {@code n} filler articles that all contain "harvest", outlet "Farm Weekly", 2023. */
  public static List<AnnotatedArticle> fillers(int n) {
    List<AnnotatedArticle> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new AnnotatedArticle(
              new Article(
                  "filler-" + i,
                  "filler/" + i + ".txt",
                  "Farm Weekly",
                  "Harvest report " + i,
                  List.of(),
                  LocalDate.of(2023, 1 + (i % 12), 1 + i % 28),
                  DateSource.METADATA,
                  "en",
                  null,
                  null,
                  "The harvest in district " + i + " was average. Barley prices held steady.",
                  List.of()),
              List.of(),
              List.of()));
    }
    return out;
  }

  public static AnnotatedArticle withText(String id, String text) {
    return new AnnotatedArticle(
        new Article(id, "x/" + id, null, null, null, null, null, null, null, null, text, null),
        List.of(),
        List.of());
  }
}
