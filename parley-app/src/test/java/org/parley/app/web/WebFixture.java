package org.parley.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.link.StatementCluster;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.DateSource;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.query.ArticleSearcher;
import org.parley.store.ArticleStore;

/**
 * A small invented index and a server over it on a free loopback port; closes both. No CoreNLP:
 * mentions are given by hand.
 */
final class WebFixture implements AutoCloseable {
  static final String PLAN_TEXT =
      "SUBSCRIBE NOW\n"
          + "The foreign minister of Eldoria said on Tuesday that the 28-point plan would need "
          + "\"serious revisions\" before any ceasefire vote. Mara Quill's office disagreed.\n\n"
          + "Demilitarisation of the northern valley was also discussed at length.\n"
          + "Advertisement";

  static final String XSS_TITLE = "<script>alert(1)</script>";

  final ArticleSearcher searcher;
  final WebServer server;
  final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  static final String XSS_SPEAKER = "<script>alert(7)</script> Speaker";

  WebFixture(Path data) throws IOException {
    this(data, true);
  }

  /** With {@code catalogue}, the entity catalogue is built (re-link) as ingest does at its end. */
  WebFixture(Path data, boolean catalogue) throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      for (AnnotatedArticle a : articles()) {
        store.add(a, statementsOf(a), positionsOf(a));
      }
      store.commit();
      if (catalogue) {
        store.relink(org.parley.entity.EntityLinker.load(data));
      }
    }
    writeLinks(data);
    searcher = ArticleSearcher.open(data);
    server = WebServer.open(data).start("127.0.0.1", 0);
  }

  static final String HOSTILE_OUTLET = "<b>Evil</b> \"Outlet\"";

  /**
   * Links given by hand, as {@code parley link} stores them: the plan statement reported by three
   * outlets (once only as copied words), the hostile statement by two, four reused passages (one
   * an outlet reusing its own text) and one denial, with markup in outlets, speakers, content, vias and terms.
   */
  static void writeLinks(Path data) throws IOException {
    AnnotatedArticle plan = plan();
    AnnotatedArticle harbour = harbour();
    AnnotatedArticle hostile = hostile();
    Statement planSaid = statementsOf(plan).get(0);
    Statement quill = statementsOf(harbour).get(0);
    Statement envoy = statementsOf(harbour).get(1);
    Statement bold = statementsOf(hostile).get(0);
    LocalDate planDay = plan.article().published();
    LocalDate harbourDay = harbour.article().published();
    LocalDate hostileDay = hostile.article().published();
    int[] copied = span(hostile, "counter-claims");
    StatementCluster planCluster = new StatementCluster("c:" + planSaid.id(), planSaid.speaker(), List.of(planSaid.speaker(), envoy.speaker()),
        planSaid.content(), planSaid.id(), "a-plan", "Daily Bugle", planDay, 2, 3, List.of("Daily Bugle", HOSTILE_OUTLET, "The Courier"),
        List.of(List.of("Reuters")),
        List.of(member(planSaid, "Daily Bugle", planDay, "first"), member(envoy, "The Courier", harbourDay, "paraphrase")),
        List.of(new StatementCluster.Carrier("a-hostile", HOSTILE_OUTLET, hostileDay, copied[0], copied[1], planSaid.id())));
    StatementCluster boldCluster = new StatementCluster("c:" + bold.id(), bold.speaker(), List.of(bold.speaker(), quill.speaker()),
        bold.content(), bold.id(), "a-hostile", HOSTILE_OUTLET, hostileDay, 2, 2, List.of(HOSTILE_OUTLET, "The Courier"),
        List.of(bold.via()), List.of(member(bold, HOSTILE_OUTLET, hostileDay, "first"), member(quill, "The Courier", harbourDay, "partial")),
        List.of());
    List<org.parley.model.Link> links = List.of(
        passage(plan, "Demilitarisation of the northern valley", harbour, "Talks over the harbour resumed in Port Lenna."),
        passage(plan, "Mara Quill's office disagreed.", hostile, "<b>Bold</b> claims & counter-claims"),
        passage(hostile, "Ceasefire rumours", harbour, "Fishing crews waited outside."),
        passage(filler(0), "Barley prices held steady.", filler(1), "Barley prices held steady."),
        new org.parley.model.Link(org.parley.model.LinkType.DISPUTE, org.parley.model.LinkKind.DENIAL, planSaid.id(), "a-plan", "Daily Bugle",
            planDay, planSaid.start(), planSaid.end(), bold.id(), "a-hostile", HOSTILE_OUTLET, hostileDay, bold.start(), bold.end(), true, 0.75,
            null, List.of("plan", "<i>term</i>")));
    org.parley.link.LinkStore.write(data, List.of(planCluster, boldCluster), links, null);
  }

  private static StatementCluster.Member member(Statement s, String outlet, LocalDate published, String kind) {
    return new StatementCluster.Member(s.id(), s.articleId(), outlet, published, s.speaker(), kind, s.content(), s.start(), s.end(), s.via());
  }

  private static int[] span(AnnotatedArticle a, String words) {
    int start = a.article().text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + words);
    }
    return new int[] {start, start + words.length()};
  }

  private static org.parley.model.Link passage(AnnotatedArticle from, String fromWords, AnnotatedArticle to, String toWords) {
    int[] f = span(from, fromWords);
    int[] t = span(to, toWords);
    return new org.parley.model.Link(org.parley.model.LinkType.REUSED_PASSAGE, org.parley.model.LinkKind.COPY, from.article().id(),
        from.article().id(), from.article().outlet(), from.article().published(), f[0], f[1], to.article().id(), to.article().id(),
        to.article().outlet(), to.article().published(), t[0], t[1], true, 0.9, null, List.of());
  }

  static Statement statement(AnnotatedArticle a, int n, StatementKind kind, String content, String speaker, String entity,
      String mention, String cue, String addressee, List<String> via, LocalDate date, String dateText) {
    String text = a.article().text();
    int start = text.indexOf(content);
    int ms = mention == null ? -1 : text.indexOf(mention);
    int cs = cue == null ? -1 : text.indexOf(cue, Math.max(0, ms));
    if (start < 0 || mention != null && ms < 0 || cue != null && cs < 0) {
      throw new IllegalArgumentException("not in the text: " + content + " / " + mention + " / " + cue);
    }
    return new Statement(a.article().id(), a.article().id() + "#" + n, kind, content, start, start + content.length(),
        speaker, entity, mention, ms, ms < 0 ? -1 : ms + mention.length(), cue, cs, cs < 0 ? -1 : cs + cue.length(),
        addressee, via, dateText, date, 0.9);
  }

  static Position position(AnnotatedArticle a, String actor, String topic, Stance stance, String speaker, String statementId,
      String evidence, LocalDate date) {
    int start = a.article().text().indexOf(evidence);
    return new Position(a.article().id(), actor, topic, stance, speaker, statementId, evidence, start, start + evidence.length(), date, null);
  }

  static List<Statement> statementsOf(AnnotatedArticle a) {
    switch (a.article().id()) {
      case "a-plan":
        return List.of(statement(a, 1, StatementKind.MIXED, "the 28-point plan would need \"serious revisions\" before any ceasefire vote",
            "foreign minister of Eldoria", null, "The foreign minister of Eldoria", "said", null, List.of(), LocalDate.of(2022, 3, 1), "on Tuesday"));
      case "a-harbour":
        return List.of(
            statement(a, 1, StatementKind.DIRECT, "dead on arrival", "Mara Quill", "e:mara-quill", "Quill", "told", "reporters",
                List.of("Reuters"), null, null),
            statement(a, 2, StatementKind.INDIRECT, "the plan was now acceptable", "envoy of Eldoria", null, "Eldoria's envoy", "said",
                null, List.of(), LocalDate.of(2025, 6, 9), "yesterday"));
      case "a-hostile":
        return List.of(statement(a, 1, StatementKind.DIRECT, "<b>Bold</b> claims & counter-claims", XSS_SPEAKER, "e:x\"><script>",
            null, null, "<i>you</i>", List.of("<b>Wire</b>"), null, null));
      default:
        return List.of();
    }
  }

  static List<Position> positionsOf(AnnotatedArticle a) {
    List<Statement> st = statementsOf(a);
    switch (a.article().id()) {
      case "a-plan":
        return List.of(position(a, "Eldoria", "peace_plan", Stance.CONDITIONS, "foreign minister of Eldoria", st.get(0).id(),
            "the 28-point plan would need \"serious revisions\"", LocalDate.of(2022, 3, 1)));
      case "a-harbour":
        return List.of(
            position(a, "Lennish Republic", "ceasefire", Stance.REJECTS, "Mara Quill", st.get(0).id(), "dead on arrival", LocalDate.of(2025, 6, 10)),
            position(a, "Eldoria", "peace_plan", Stance.ACCEPTS, "envoy of Eldoria", st.get(1).id(), "the plan was now acceptable",
                LocalDate.of(2025, 6, 9)),
            position(a, "Eldoria", "ceasefire", Stance.DEMANDS, null, null, "Talks over the harbour resumed", LocalDate.of(2025, 6, 10)));
      case "a-hostile":
        return List.of(position(a, "<b>Evil</b>", "x<script>", Stance.DEMANDS, XSS_SPEAKER, st.get(0).id(), "counter-claims",
            LocalDate.of(2024, 2, 2)));
      default:
        return List.of();
    }
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(20)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }

  static List<AnnotatedArticle> articles() {
    List<AnnotatedArticle> out = new ArrayList<>();
    out.add(plan());
    out.add(harbour());
    out.add(hostile());
    for (int i = 0; i < 30; i++) {
      out.add(filler(i));
    }
    return out;
  }

  static AnnotatedArticle filler(int i) {
    return
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
              List.of());
  }

  static AnnotatedArticle plan() {
    String text = PLAN_TEXT;
    int adStart = text.indexOf("Advertisement");
    Article a =
        new Article(
            "a-plan",
            "corpus/test/plan.txt",
            "Daily Bugle",
            "Ministers argue over peace proposal",
            List.of("Jo Penhallow"),
            LocalDate.of(2022, 3, 3),
            DateSource.METADATA,
            "en",
            "https://bugle.example/plan",
            null,
            text,
            List.of(new Span(0, 13, "banner"), new Span(adStart, text.length(), "ad")));
    int eldoria = text.indexOf("Eldoria");
    int quill = text.indexOf("Mara Quill");
    return new AnnotatedArticle(
        a,
        List.of(),
        List.of(
            new Mention(eldoria, eldoria + 7, "Eldoria", EntityType.PLACE, "e:eldoria", "Eldoria"),
            new Mention(quill, quill + 10, "Mara Quill", EntityType.PERSON, "e:mara-quill", "Mara Quill")));
  }

  static AnnotatedArticle harbour() {
    String text =
        "Talks over the harbour resumed in Port Lenna. Quill told reporters the ceasefire plan "
            + "was \"dead on arrival\". Fishing crews waited outside. Eldoria's envoy said the plan was now acceptable.";
    int quill = text.indexOf("Quill");
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
            new Mention(quill, quill + 5, "Quill", EntityType.PERSON, "e:mara-quill", "Mara Quill"),
            new Mention(lenna, lenna + 10, "Port Lenna", EntityType.PLACE, "e:port-lenna", "Port Lenna")));
  }

  /** Markup everywhere: title, outlet, author, text, URL, entity name. */
  static AnnotatedArticle hostile() {
    String text =
        "Ceasefire rumours <img src=x onerror=alert(2)> spread. <b>Bold</b> claims & counter-claims "
            + "by </em><script>alert(5)</script> followed.";
    int img = text.indexOf("<img");
    return new AnnotatedArticle(
        new Article(
            "a-hostile",
            "javascript:alert(6)",
            HOSTILE_OUTLET,
            XSS_TITLE,
            List.of("<i>Mallory</i>"),
            LocalDate.of(2024, 2, 2),
            DateSource.METADATA,
            "en",
            "javascript:alert(3)",
            null,
            text,
            List.of()),
        List.of(),
        List.of(
            new Mention(img, img + 4, "<img", EntityType.MISC, "e:svg\"onload", "<svg onload=alert(4)>")));
  }
}
