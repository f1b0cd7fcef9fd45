package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP against a real server on a free loopback port, over a small invented index. */
class WebServerTest {
  @TempDir static Path data;
  static WebFixture web;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(data);
  }

  @AfterAll
  static void stop() throws IOException {
    web.close();
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return WebJson.MAPPER.readTree(r.body());
  }

  @Test
  void overviewShowsCountsOutletsEntitiesAndASearchBox() throws Exception {
    HttpResponse<String> r = web.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(r.body())
        .contains("33 articles")
        .contains("Farm Weekly")
        .contains("href=\"/entity?name=Mara+Quill\"")
        .contains("<form class=\"searchbox\"")
        .contains("/webjars/picocss__pico/");
  }

  @Test
  void searchShowsHighlightedSnippetsFacetsAndTotal() throws Exception {
    HttpResponse<String> r = web.get("/search?q=ceasefire");
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("<strong>3</strong> articles match");
    assertThat(body).containsIgnoringCase("<mark>ceasefire</mark>");
    assertThat(body).contains("href=\"/article/a-plan\"");
    // facet links filter the same search
    assertThat(body).contains("href=\"/search?q=ceasefire&amp;outlet=Daily+Bugle\"");
    assertThat(body).contains("href=\"/search?q=ceasefire&amp;entity=Mara+Quill\"");
    assertThat(body).contains("href=\"/search?q=ceasefire&amp;from=2022-01-01&amp;to=2022-12-31\"");
  }

  @Test
  void filtersAndPagingAreInTheUrl() throws Exception {
    String body = web.get("/search?outlet=Farm+Weekly&page=2").body();
    assertThat(body).contains("<strong>30</strong> articles match").contains("showing 21–30");
    assertThat(body).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    assertThat(body).contains("outlet: Farm Weekly");
    String first = web.get("/search?outlet=Farm+Weekly").body();
    assertThat(first).contains("href=\"/search?outlet=Farm+Weekly&amp;page=2\"");
    assertThat(web.get("/search?entity=Mara+Quill").body()).contains("<strong>2</strong> articles match");
    assertThat(web.get("/search?from=2025-01-01&to=2025-12-31").body()).contains("1 article matches");
  }

  @Test
  void articlePageShowsMetadataTextJunkAndLinkedMentions() throws Exception {
    HttpResponse<String> r = web.get("/article/a-plan");
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("Ministers argue over peace proposal").contains("Daily Bugle").contains("Jo Penhallow");
    assertThat(body).contains("href=\"https://bugle.example/plan\"");
    assertThat(body).contains("<span class=\"junk-text\">SUBSCRIBE NOW</span>");
    assertThat(body).contains("<a class=\"mention mention-person\" href=\"/entity/e:mara-quill\"");
    assertThat(body).contains("&quot;serious revisions&quot;");
    assertThat(body).contains("Show page junk (2 passages");
  }

  @Test
  void entityPageShowsNameAliasesArticlesAndCooccurringEntities() throws Exception {
    HttpResponse<String> r = web.get("/entity/e:mara-quill");
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("<h1>Mara Quill</h1>").contains("person");
    assertThat(body).contains("Mentioned in <strong>2</strong> articles, 2 times");
    assertThat(body).contains("<span class=\"chip plain\">Quill</span>");
    assertThat(body).contains("href=\"/article/a-plan\"").contains("href=\"/article/a-harbour\"");
    assertThat(body).contains("href=\"/entity/e:port-lenna\"").contains("href=\"/entity/e:eldoria\"");
    // what she said, grouped by the topic of the position it carries, whom she addressed, who quoted her
    assertThat(body).contains("1</strong> statement</a> attributed");
    assertThat(body).contains("What Mara Quill said").contains("href=\"/positions?topic=ceasefire\"");
    assertThat(body).contains("“dead on arrival”").contains("href=\"/article/a-harbour#s-1\"");
    assertThat(body).contains("Lennish Republic rejects");
    assertThat(body).contains("id=\"addressed\"").contains("reporters");
    assertThat(body).contains("id=\"quoted-by\"").contains("The Courier").contains("Reuters");
    assertThat(body).contains("id=\"mentions-chart\"").contains("data-labels=\"[&quot;2022-03-03&quot;,&quot;2025-06-10&quot;]\"");
    HttpResponse<String> byName = web.get("/entity?name=Port+Lenna");
    assertThat(byName.statusCode()).isEqualTo(303);
    assertThat(byName.headers().firstValue("Location").orElse("")).endsWith("/entity/e:port-lenna");
    assertThat(web.get("/entity/e:nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void untitledArticlesAreNamedByTheirSource() {
    assertThat(WebServer.displayTitle(null, "corpus/seeds/000_x.txt")).isEqualTo("Untitled (000_x.txt)");
    assertThat(WebServer.displayTitle(" ", "feeds/courier.xml#3")).isEqualTo("Untitled (courier.xml#3)");
    assertThat(WebServer.displayTitle("Talks", "x.txt")).isEqualTo("Talks");
  }

  @Test
  void statementSearchWithToggleFacetsPagingAndHighlights() throws Exception {
    String articles = web.get("/search?q=plan").body();
    assertThat(articles).contains("id=\"tab-statements\" href=\"/search?q=plan&amp;type=statements\"".replace("id=\"tab-statements\" ", ""));
    assertThat(articles).contains("Statements <span class=\"count\">2</span>");
    String body = web.get("/search?q=plan&type=statements").body();
    assertThat(body).contains("<strong>2</strong> statements match");
    assertThat(body).contains("Articles <span class=\"count\">2</span>");
    assertThat(body).contains("the 28-point <mark>plan</mark> would need &quot;serious revisions&quot;");
    assertThat(body).contains("href=\"/article/a-plan#s-1\"").contains("href=\"/article/a-harbour#s-2\"");
    assertThat(body).contains("foreign minister of Eldoria").contains("<span class=\"cue\">said</span>").contains("on Tuesday");
    // facets for statements: speaker, kind, outlet, year; each keeps the statement list
    assertThat(body).contains("href=\"/search?q=plan&amp;type=statements&amp;speaker=envoy+of+Eldoria\"");
    assertThat(body).contains("href=\"/search?q=plan&amp;type=statements&amp;kind=mixed\"");
    assertThat(body).contains("href=\"/search?q=plan&amp;type=statements&amp;outlet=Daily+Bugle\"");
    assertThat(body).contains("href=\"/search?q=plan&amp;type=statements&amp;from=2025-01-01&amp;to=2025-12-31\"");
    assertThat(body).contains("href=\"/api/statements?q=plan&amp;format=csv\"");
    String bySpeaker = web.get("/search?type=statements&speaker=Mara+Quill").body();
    assertThat(bySpeaker).contains("1 statement matches").contains("“dead on arrival”").contains("via Reuters")
        .contains("href=\"/entity/e:mara-quill\"").contains("speaker: Mara Quill");
    assertThat(web.get("/search?type=statements&size=1&page=2").body()).contains("showing 2–2").contains("rel=\"prev\"");
    assertThat(web.get("/search?type=bogus").statusCode()).isEqualTo(400);
    assertThat(web.get("/search?type=statements&kind=shouted").statusCode()).isEqualTo(400);
  }

  @Test
  void articleHighlightsStatementsWithAnchorsAndListsStatementsAndPositions() throws Exception {
    String body = web.get("/article/a-harbour").body();
    assertThat(body).contains("<span class=\"stmt stmt-direct\" id=\"s-1\" tabindex=\"0\" title=\"Mara Quill · told · to reporters · via Reuters\"><span class=\"anchor\" id=\"c-91\"></span>dead on arrival</span>");
    assertThat(body).contains("<span class=\"stmt-speaker\" title=\"speaker: Mara Quill\"><a class=\"mention mention-person\" href=\"/entity/e:mara-quill\"");
    assertThat(body).contains("<span class=\"stmt-cue\" title=\"cue: told\">told</span>");
    assertThat(body).contains("id=\"s-2\"").contains("title=\"envoy of Eldoria · said · 2025-06-09\"");
    // the side lists link to the anchors and to the ledger
    assertThat(body).contains("<a href=\"#s-1\"").contains("href=\"/positions?actor=Lennish+Republic&amp;topic=ceasefire\"");
    assertThat(body).contains("<span class=\"anchor\" id=\"c-0\"></span>Talks over the harbour");
    String plan = web.get("/article/a-plan").body();
    assertThat(plan).contains("class=\"stmt stmt-mixed\" id=\"s-1\"").contains("title=\"foreign minister of Eldoria · said · 2022-03-01\"");
    assertThat(plan).contains("<span class=\"junk-text\">SUBSCRIBE NOW</span>");
  }

  @Test
  void positionsMatrixCellHistoryAndChart() throws Exception {
    String body = web.get("/positions").body();
    assertThat(body).contains("id=\"matrix\"");
    assertThat(body).contains("<th scope=\"row\"><a href=\"/positions?actor=Eldoria\">Eldoria</a>");
    assertThat(body).contains("<th scope=\"col\" class=\"topic\"><a href=\"/positions?topic=peace_plan\"");
    // the latest stance of Eldoria on the peace plan is "accepts" (it set conditions before): marked as changed
    assertThat(body).contains("<td class=\"cell stance-accepts\"><a href=\"/positions?actor=Eldoria&amp;topic=peace_plan\"");
    assertThat(body).contains("stances taken: conditions, accepts");
    assertThat(body).contains("id=\"positions-chart\"").contains("data-stacked=\"true\"");
    String cell = web.get("/positions?actor=Eldoria&topic=peace_plan").body();
    assertThat(cell).contains("<h1>Eldoria on peace plan</h1>").contains("id=\"current-stance\">accepts");
    assertThat(cell).contains("first stated").contains("changed").contains("was conditions");
    assertThat(cell).contains("reported by Daily Bugle").contains("reported by The Courier");
    assertThat(cell).contains("href=\"/article/a-plan#s-1\"").contains("the 28-point plan would need &quot;serious revisions&quot;");
    String actorRow = web.get("/positions?actor=Eldoria").body();
    assertThat(actorRow).contains("actor: Eldoria").doesNotContain("Lennish Republic</a>");
    assertThat(web.get("/positions?stance=maybe").statusCode()).isEqualTo(400);
  }

  @Test
  void timelineCountsStatementsAndPositionsAndFilters() throws Exception {
    HttpResponse<String> timeline = web.get("/timeline");
    assertThat(timeline.statusCode()).isEqualTo(200);
    String body = timeline.body();
    assertThat(body).contains("class=\"chart\"").contains("/webjars/chart.js/").contains("per month");
    assertThat(body).contains("4 statements and 5 positions");
    assertThat(body).contains("<td>2025-06</td>");
    assertThat(body).contains("href=\"/search?type=statements&amp;from=2025-06-01&amp;to=2025-06-30\"");
    String quill = web.get("/timeline?speaker=Mara+Quill").body();
    assertThat(quill).contains("1 statements and 1 positions").contains("per day");
    assertThat(web.get("/timeline?actor=Eldoria&topic=peace_plan").body()).contains("0 statements and 2 positions");
    assertThat(web.get("/timeline?by=year").statusCode()).isEqualTo(400);
  }

  @Test
  void apiStatementsPositionsAndEntities() throws Exception {
    JsonNode st = json(web.get("/api/statements?q=plan"));
    assertThat(st.get("total").asLong()).isEqualTo(2);
    JsonNode first = st.get("statements").get(0);
    for (String field : new String[] {"article", "source", "outlet", "published", "id", "kind", "content", "start", "end",
        "speaker", "speaker_entity", "speaker_mention", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end",
        "addressee", "via", "date", "date_text", "confidence"}) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(st.get("facets").has("speaker")).isTrue();
    HttpResponse<String> jsonl = web.get("/api/statements?format=jsonl");
    assertThat(jsonl.headers().firstValue("Content-Disposition").orElse("")).contains("parley-statements.jsonl");
    assertThat(jsonl.body().strip().split("\n")).hasSize(4);
    String csv = web.get("/api/statements?speaker=Mara+Quill&format=csv").body();
    assertThat(csv.split("\r\n")[0]).startsWith("article,source,outlet,published,id,kind,content,start,end,speaker");
    assertThat(csv).contains("dead on arrival").contains("Reuters");
    assertThat(json(web.get("/api/statements?article=a-harbour")).get("total").asLong()).isEqualTo(2);

    JsonNode pos = json(web.get("/api/positions?actor=Eldoria"));
    assertThat(pos.get("total").asLong()).isEqualTo(3);
    assertThat(pos.get("positions").get(0).get("topic").asText()).isEqualTo("peace_plan");
    assertThat(pos.get("positions").get(0).get("stance").asText()).isEqualTo("conditions");
    assertThat(pos.get("facets").get("topic").has("ceasefire")).isTrue();
    assertThat(web.get("/api/positions?format=csv").body()).startsWith("article,source,outlet,published,actor,topic,stance");

    JsonNode list = json(web.get("/api/entities?type=person"));
    assertThat(list.get("entities").toString()).contains("\"e:mara-quill\"").doesNotContain("\"e:port-lenna\"");
    assertThat(json(web.get("/api/entities")).get("entities").toString()).contains("\"e:port-lenna\"");
    assertThat(web.get("/api/entities?type=alien").statusCode()).isEqualTo(400);
    JsonNode quill = json(web.get("/api/entities/e:mara-quill"));
    assertThat(quill.get("timeline").has("2025-06-10")).isTrue();
  }

  @Test
  void hostileStatementsAndPositionsAreEscaped() throws Exception {
    for (String path : new String[] {"/article/a-hostile", "/search?type=statements", "/search?q=claims&type=statements",
        "/positions", "/positions?actor=%3Cb%3EEvil%3C/b%3E&topic=x%3Cscript%3E", "/timeline", "/entity/e:mara-quill"}) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain("<script>alert").doesNotContain("<b>Bold").doesNotContain("<b>Evil")
          .doesNotContain("<i>you").doesNotContain("<b>Wire").doesNotContain("x<script>");
    }
    String search = web.get("/search?type=statements").body();
    assertThat(search).contains("&lt;script&gt;alert(7)&lt;/script&gt; Speaker").contains("&lt;b&gt;Bold&lt;/b&gt; claims &amp; counter-claims");
    assertThat(search).contains("href=\"/entity/e:x%22%3E%3Cscript%3E\"");
    assertThat(web.get("/positions").body()).contains("&lt;b&gt;Evil&lt;/b&gt;");
    // downloads are data, not pages: served as attachments of their own type
    HttpResponse<String> csv = web.get("/api/statements?format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
  }

  @Test
  void apiSearchHasTheCliShape() throws Exception {
    HttpResponse<String> r = web.get("/api/search?q=ceasefire&size=2");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    JsonNode json = json(r);
    assertThat(json.get("query").asText()).isEqualTo("ceasefire");
    assertThat(json.get("total").asLong()).isEqualTo(3);
    assertThat(json.get("hits")).hasSize(2);
    JsonNode hit = json.get("hits").get(0);
    for (String field : new String[] {"id", "title", "outlet", "published", "source", "score", "snippets"}) {
      assertThat(hit.has(field)).as(field).isTrue();
    }
    assertThat(json.get("facets").get("outlet").size()).isPositive();
    assertThat(json.get("facets").has("year")).isTrue();
    assertThat(json.get("facets").has("entity")).isTrue();
  }

  @Test
  void apiArticleAndEntity() throws Exception {
    JsonNode article = json(web.get("/api/articles/a-plan"));
    assertThat(article.get("article").get("title").asText()).isEqualTo("Ministers argue over peace proposal");
    assertThat(article.get("article").get("junk")).hasSize(2);
    assertThat(article.get("clean_text").asText()).doesNotContain("SUBSCRIBE");
    assertThat(article.get("mentions")).hasSize(2);
    JsonNode entity = json(web.get("/api/entities/e:mara-quill"));
    assertThat(entity.get("name").asText()).isEqualTo("Mara Quill");
    assertThat(entity.get("type").asText()).isEqualTo("PERSON");
    assertThat(entity.get("articles").asLong()).isEqualTo(2);
    assertThat(entity.get("mentions").asLong()).isEqualTo(2);
    assertThat(entity.get("aliases").toString()).contains("\"Quill\"");
    assertThat(entity.get("cooccurring").has("Port Lenna")).isTrue();
    HttpResponse<String> missing = web.get("/api/articles/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("no article with id nope");
  }

  @Test
  void downloadsCsvAndJsonl() throws Exception {
    HttpResponse<String> csv = web.get("/api/search?outlet=Farm+Weekly&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("id,title,outlet,published,source,score,snippet");
    assertThat(lines).hasSize(31); // header + all 30, not just one page
    HttpResponse<String> jsonl = web.get("/api/search?q=ceasefire&format=jsonl");
    String[] rows = jsonl.body().split("\n");
    assertThat(rows).hasSize(3);
    assertThat(WebJson.MAPPER.readTree(rows[0]).has("snippets")).isTrue();
    assertThat(web.get("/api/search?format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void markupInArticlesIsShownAsTextNeverExecuted() throws Exception {
    for (String path : new String[] {"/article/a-hostile", "/search?q=rumours", "/search?q=followed", "/", "/search?q=*:*&from=2024-01-01&to=2024-12-31"}) {
      String body = web.get(path).body();
      assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>Evil")
          .doesNotContain("<svg").doesNotContain("<i>Mallory").doesNotContain("href=\"javascript:");
    }
    String article = web.get("/article/a-hostile").body();
    assertThat(article).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(article).contains("&lt;img</a> src=x onerror=alert(2)&gt;");
    assertThat(article).contains("&lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;");
    assertThat(article).contains("<code>javascript:alert(3)</code>"); // the URL as text, not a link
    assertThat(web.get("/search?q=rumours").body()).contains("<mark>rumours</mark> &lt;img src=x onerror=alert(2)&gt;");
    String search = web.get("/search?q=followed").body();
    // only the highlighter's own tags become markup; an </em> in the text stays text
    assertThat(search).contains("&lt;/em&gt;&lt;script&gt;alert(5)&lt;/script&gt; <mark>followed</mark>");
    // the mention whose id holds a quote links safely and its page refuses it
    assertThat(Html.pathSegment("e:svg\"onload")).isEqualTo("e:svg%22onload");
    assertThat(article).doesNotContain("href=\"/entity/e:svg\"");
    assertThat(web.get("/entity/e%3Asvg%22onload").statusCode()).isEqualTo(400);
    // a query echoed back is escaped too
    String echoed = web.get("/search?q=%3Cscript%3Ealert(7)%3C/script%3E").body();
    assertThat(echoed).doesNotContain("<script>alert(7)");
  }

  @Test
  void securityHeadersOnPagesApiAndStaticFiles() throws Exception {
    for (String path : new String[] {"/", "/api/search", "/static/parley.css", "/no-such-page"}) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(path).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).as(path).isEqualTo("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options").orElse("")).as(path).isEqualTo("DENY");
    }
    assertThat(web.get("/static/parley.css").statusCode()).isEqualTo(200);
    assertThat(web.get(WebServer.webjar("chart.js", "dist/chart.umd.min.js")).statusCode()).isEqualTo(200);
  }

  @Test
  void badQueriesAndParametersGive400WithTheMessage() throws Exception {
    HttpResponse<String> r = web.get("/search?q=%22unbalanced");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("bad query").contains("id=\"error-message\"");
    assertThat(web.get("/search?from=yesterday").body()).contains("&#39;from&#39; must be a date");
    assertThat(web.get("/search?page=0").statusCode()).isEqualTo(400);
    assertThat(web.get("/search?page=100000").statusCode()).isEqualTo(400);
    assertThat(web.get("/search?size=1000").statusCode()).isEqualTo(400);
    assertThat(web.get("/search?q=" + "a".repeat(1001)).statusCode()).isEqualTo(400);
    assertThat(web.get("/search?from=2025-01-01&to=2024-01-01").statusCode()).isEqualTo(400);
    HttpResponse<String> api = web.get("/api/search?q=(");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(json(api).get("error").asText()).contains("bad query");
  }

  @Test
  void tooExpensiveQueriesAreRefusedWithAMessage() throws Exception {
    HttpResponse<String> regex = web.get("/search?q=%2F.*%2F");
    assertThat(regex.statusCode()).isEqualTo(400);
    assertThat(regex.body()).contains("regular expressions");
    HttpResponse<String> wild = web.get("/api/search?q=a*+b*+c*+d*+e*");
    assertThat(wild.statusCode()).isEqualTo(400);
    assertThat(json(wild).get("error").asText()).contains("wildcard or fuzzy");
    assertThat(web.get("/search?q=" + "word+".repeat(70)).statusCode()).isEqualTo(400);
    // ordinary wildcard, fuzzy and phrase queries still work
    assertThat(web.get("/search?q=harv*").statusCode()).isEqualTo(200);
    assertThat(web.get("/search?q=harvst~").body()).contains("<strong>30</strong> articles match");
    assertThat(web.get("/search?q=%22peace+proposal%22~2").statusCode()).isEqualTo(200);
  }

  @Test
  void noPathTraversal() throws Exception {
    String[] attempts = {
      "/static/../../../../etc/passwd",
      "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/static/..%2f..%2f..%2fetc%2fpasswd",
      "/webjars/../../../etc/passwd",
      "/static/../WebServer.class",
      "/static/%2e%2e/WebServer.class",
      "/static/../templates/layout.peb",
      "/article/..%2f..%2f..%2fetc%2fpasswd",
      "/api/articles/..%2F..%2Fetc%2Fpasswd",
      "/entity/..%2f..%2fetc%2fpasswd",
    };
    for (String path : attempts) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("{% block").doesNotContain("CAFEBABE");
    }
  }

  @Test
  void unknownPagesGive404Page() throws Exception {
    HttpResponse<String> r = web.get("/nothing/here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Not found").contains("no page at /nothing/here");
    assertThat(web.get("/article/unknown-id").statusCode()).isEqualTo(404);
  }

  // --- cross-article links ----------------------------------------------------------------------

  static final String PLAN_CLUSTER = "/cluster/c:a-plan%231";

  @Test
  void clustersListMostReportedFirstFilteredBySpeakerAndPaged() throws Exception {
    String body = web.get("/clusters").body();
    assertThat(body).contains("<strong>2</strong> statements reported more than once");
    assertThat(body.indexOf("href=\"/cluster/c:a-plan%231\"")).isPositive().isLessThan(body.indexOf("href=\"/cluster/c:a-hostile%231\""));
    assertThat(body).contains("<strong>3</strong> reports</a> in 3 articles by 3 outlets: Daily Bugle, &lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;, The Courier");
    assertThat(body).contains("first <time datetime=\"2022-03-03\">2022-03-03</time> by Daily Bugle");
    assertThat(body).contains("aria-current=\"page\" title=\"statements reported by several outlets\">Reported</a>");
    String quill = web.get("/clusters?speaker=quill").body();
    assertThat(quill).contains("1 statement reported more than once").contains("c:a-hostile%231").doesNotContain("c:a-plan%231");
    String second = web.get("/clusters?size=1&page=2").body();
    assertThat(second).contains("showing 2–2").contains("rel=\"prev\"").contains("c:a-hostile%231").doesNotContain("c:a-plan%231\"");
    assertThat(web.get("/clusters?size=101").statusCode()).isEqualTo(400);
    assertThat(web.get("/clusters?page=0").statusCode()).isEqualTo(400);
    assertThat(web.get("/clusters?page=100000").statusCode()).isEqualTo(400);
    assertThat(web.get("/clusters?speaker=" + "x".repeat(501)).statusCode()).isEqualTo(400);
  }

  @Test
  void clusterPageListsEveryReportInDateOrderWithContextAndExactLinks() throws Exception {
    HttpResponse<String> r = web.get(PLAN_CLUSTER);
    assertThat(r.statusCode()).isEqualTo(200);
    String body = r.body();
    assertThat(body).contains("Statement reported 3 times · 3 articles · 3 outlets");
    assertThat(body).contains("attributed to: foreign minister of Eldoria; envoy of Eldoria");
    assertThat(body).contains("2022-03-03</time> by Daily Bugle").contains("<dt>Via</dt><dd>Reuters</dd>");
    // date order: the first report, then the hostile article's copy (2024), then the paraphrase (2025)
    int first = body.indexOf("first report</span>");
    int carrier = body.indexOf(">carrier</span>");
    int paraphrase = body.indexOf(">paraphrase</span>");
    assertThat(first).isPositive().isLessThan(carrier);
    assertThat(carrier).isLessThan(paraphrase);
    assertThat(body).containsOnlyOnce("first report</span>");
    // each report: its sentence with the words marked, and a link to the exact span in its article
    assertThat(body).contains("The foreign minister of Eldoria said on Tuesday that <mark>the 28-point plan would need &quot;serious revisions&quot; before any ceasefire vote</mark>.");
    assertThat(body).contains("href=\"/article/a-plan#s-1\"").contains("href=\"/article/a-harbour#s-2\"");
    int[] copied = {WebFixture.hostile().article().text().indexOf("counter-claims"), 0};
    copied[1] = copied[0] + "counter-claims".length();
    assertThat(body).contains("href=\"/article/a-hostile?mark=" + copied[0] + "-" + copied[1] + "#linked\"");
    assertThat(body).contains("characters " + copied[0] + "–" + copied[1]);
    // who copies whom: both later articles reprint text of the first report's article
    assertThat(body).contains("href=\"/reuse/a-plan/a-harbour\" class=\"reuse-link\"").contains("href=\"/reuse/a-plan/a-hostile\" class=\"reuse-link\"");
    // a member's statement id finds its cluster too; unknown ids are 404 on the page and in the API
    assertThat(web.get("/cluster/a-harbour%232").body()).contains("Statement reported 3 times");
    assertThat(web.get("/cluster/c:nothing").statusCode()).isEqualTo(404);
    assertThat(web.get("/cluster/c:nothing").body()).contains("no statement cluster with id c:nothing");
    assertThat(web.get("/api/clusters/c:nothing").statusCode()).isEqualTo(404);
    assertThat(web.get("/cluster/" + "x".repeat(301)).statusCode()).isEqualTo(400);
  }

  @Test
  void statementsInSearchAndReaderSayByHowManyOutletsTheyWereReported() throws Exception {
    String search = web.get("/search?q=plan&type=statements").body();
    assertThat(search).contains("<a href=\"/cluster/c:a-plan%231\" class=\"cluster-link\"");
    assertThat(search).contains(">reported by 3 outlets</a>");
    String reader = web.get("/article/a-harbour").body();
    assertThat(reader).contains("href=\"/cluster/c:a-hostile%231\" class=\"cluster-link\"").contains(">reported by 2 outlets</a>");
    // a statement reported once has no badge
    String farm = web.get("/article/a-plan").body();
    assertThat(farm).containsOnlyOnce("class=\"cluster-link\"");
  }

  @Test
  void readerListsTextSharedWithOtherArticlesAndItsDisputes() throws Exception {
    String harbour = web.get("/article/a-harbour").body();
    assertThat(harbour).contains("Shared text <small class=\"count\">2</small>");
    assertThat(harbour).contains("<a href=\"/reuse/a-plan/a-harbour\" title=\"compare side by side\">copied from Daily Bugle</a>");
    assertThat(harbour).contains("<a href=\"/reuse/a-hostile/a-harbour\" title=\"compare side by side\">copied from &lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;</a>");
    assertThat(harbour).doesNotContain("disputed claim");
    String plan = web.get("/article/a-plan").body();
    assertThat(plan).contains(">copied by The Courier</a>").contains("href=\"/disputes?article=a-plan\">1 disputed claim</a> involves this article");
    assertThat(web.get("/article/filler-5").body()).doesNotContain("Shared text");
  }

  @Test
  void articleMarksTheLinkedSpan() throws Exception {
    String text = WebFixture.harbour().article().text();
    int start = text.indexOf("Talks over");
    int end = text.indexOf("Port Lenna.") + "Port Lenna.".length();
    String body = web.get("/article/a-harbour?mark=" + start + "-" + end).body();
    assertThat(body).contains("<span class=\"anchor\" id=\"linked\"></span>");
    assertThat(body).contains("<mark class=\"linked\">Talks over the harbour resumed in </mark>");
    // the mark is cut at the mention, not dropped, and the mention keeps its link
    assertThat(body).contains("href=\"/entity/e:port-lenna\" title=\"Port Lenna (place)\"><mark class=\"linked\">Port Lenna</mark></a>");
    assertThat(body).contains("characters " + start + "–" + end);
    assertThat(web.get("/article/a-harbour?mark=5-2").statusCode()).isEqualTo(400);
    assertThat(web.get("/article/a-harbour?mark=99999-100000").statusCode()).isEqualTo(400);
    assertThat(web.get("/article/a-harbour?mark=%3Cb%3E").body()).doesNotContain("<b>");
  }

  @Test
  void reuseGraphPassagesAndTheSideBySideView() throws Exception {
    String body = web.get("/reuse").body();
    assertThat(body).contains("id=\"graph\"");
    assertThat(body).contains("<td>Daily Bugle</td><td class=\"arrow\" title=\"earlier → later\">→</td><td>The Courier</td>");
    assertThat(body).contains("<td>&lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;</td>");
    assertThat(body).contains("<strong>4</strong> passages").contains("<td>Farm Weekly</td>");
    assertThat(body).contains("href=\"/reuse?from_outlet=Daily+Bugle&amp;to_outlet=The+Courier\"");
    // an outlet's reuse of its own text can be left out, of the graph and of the list
    String cross = web.get("/reuse?cross=1").body();
    assertThat(cross).contains("<strong>3</strong> passages").doesNotContain("<td>Farm Weekly</td>").contains("between different outlets <span");
    assertThat(cross).contains("href=\"/reuse?from_outlet=Daily+Bugle&amp;to_outlet=The+Courier&amp;cross=1\"");
    assertThat(web.get("/reuse?cross=yes").statusCode()).isEqualTo(400);
    assertThat(body).contains("href=\"/reuse/a-plan/a-harbour\"");
    String edge = web.get("/reuse?from_outlet=Daily+Bugle&to_outlet=The+Courier").body();
    assertThat(edge).contains("1 passage").contains("from outlet: Daily Bugle").contains("<tr class=\"active\">");
    assertThat(web.get("/reuse?outlet=Daily+Bugle").body()).contains("<strong>2</strong> passages");
    assertThat(web.get("/reuse?size=1&page=3").body()).contains("showing 3–3");
    assertThat(web.get("/reuse?size=1&page=9").body()).contains("<strong>4</strong> passages").doesNotContain("showing");
    assertThat(web.get("/reuse?size=0").statusCode()).isEqualTo(400);

    String plan = WebFixture.plan().article().text();
    int fs = plan.indexOf("Demilitarisation");
    String harbour = WebFixture.harbour().article().text();
    HttpResponse<String> pair = web.get("/reuse/a-plan/a-harbour");
    assertThat(pair.statusCode()).isEqualTo(200);
    assertThat(pair.body()).contains("Daily Bugle → The Courier").contains("id=\"from-article\"").contains("Ministers argue over peace proposal")
        .contains("Harbour talks resume");
    assertThat(pair.body()).contains("<mark>Demilitarisation of the northern valley</mark> was also discussed at length.");
    assertThat(pair.body()).contains("href=\"/article/a-plan?mark=" + fs + "-" + (fs + "Demilitarisation of the northern valley".length()) + "#linked\"");
    assertThat(pair.body()).contains("characters 0–" + harbour.indexOf(" Quill"));
    assertThat(web.get("/reuse/a-harbour/a-plan").statusCode()).isEqualTo(404);
  }

  @Test
  void disputesShowClaimAndDenialSideBySide() throws Exception {
    String body = web.get("/disputes").body();
    assertThat(body).contains("1 disputed claim");
    assertThat(body).contains(">denial</span>").contains("plan, &lt;i&gt;term&lt;/i&gt;");
    int claim = body.indexOf("<div class=\"pane claim\">");
    int denial = body.indexOf("<div class=\"pane denial\">");
    assertThat(claim).isPositive().isLessThan(denial);
    assertThat(body.substring(claim, denial)).contains("foreign minister of Eldoria").contains("Daily Bugle").contains("href=\"/article/a-plan#s-1\"")
        .contains("2022-03-01");
    assertThat(body.substring(denial)).contains("&lt;script&gt;alert(7)&lt;/script&gt; Speaker").contains("href=\"/article/a-hostile#s-1\"")
        .contains("&lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;");
    assertThat(web.get("/disputes?speaker=Mara+Quill").body()).contains("No disputed claims");
    assertThat(web.get("/disputes?speaker=foreign+minister").body()).contains("1 disputed claim");
    assertThat(web.get("/disputes?article=a-harbour").body()).contains("No disputed claims");
  }

  @Test
  void linkPagesEscapeEveryFieldFromArticlesAndLinks() throws Exception {
    for (String path : new String[] {"/clusters", PLAN_CLUSTER, "/cluster/c:a-hostile%231", "/reuse", "/reuse/a-plan/a-hostile",
        "/reuse/a-hostile/a-harbour", "/disputes", "/search?type=statements", "/article/a-hostile?mark=0-30", "/article/a-harbour", "/article/a-plan"}) {
      HttpResponse<String> r = web.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).doesNotContain("<script>alert").doesNotContain("<b>Bold").doesNotContain("<b>Evil")
          .doesNotContain("<b>Wire").doesNotContain("<i>term").doesNotContain("<img src=x");
    }
    String hostile = web.get("/cluster/c:a-hostile%231").body();
    assertThat(hostile).contains("&lt;b&gt;Bold&lt;/b&gt; claims &amp; counter-claims").contains("via &lt;b&gt;Wire&lt;/b&gt;")
        .contains("&lt;script&gt;alert(7)&lt;/script&gt; Speaker");
    // the cluster id (which holds '#') stays inside its path segment
    assertThat(hostile).contains("href=\"/api/clusters/c:a-hostile%231\"");
  }

  @Test
  void linkApiHasTheFieldsOfTheCliExports() throws Exception {
    JsonNode clusters = json(web.get("/api/clusters"));
    assertThat(clusters.get("total").asInt()).isEqualTo(2);
    JsonNode c = clusters.get("clusters").get(0);
    for (String field : new String[] {"id", "speaker", "speakers", "content", "earliest", "earliest_article", "earliest_outlet",
        "earliest_published", "size", "articles", "outlets", "vias", "members", "carriers"}) {
      assertThat(c.has(field)).as(field).isTrue();
    }
    assertThat(c.get("id").asText()).isEqualTo("c:a-plan#1");
    assertThat(c.get("earliest_published").asText()).isEqualTo("2022-03-03");
    assertThat(c.get("carriers").get(0).get("article").asText()).isEqualTo("a-hostile");
    assertThat(json(web.get("/api/clusters?speaker=quill")).get("clusters").get(0).get("id").asText()).isEqualTo("c:a-hostile#1");
    assertThat(json(web.get("/api/clusters?size=1&page=2")).get("clusters")).hasSize(1);
    assertThat(web.get("/api/clusters?size=1000").statusCode()).isEqualTo(400);

    JsonNode one = json(web.get("/api/clusters/c:a-plan%231"));
    assertThat(one.get("members")).hasSize(2);
    JsonNode statement = one.get("statements").get(1);
    assertThat(statement.get("id").asText()).isEqualTo("a-harbour#2");
    assertThat(statement.get("cluster").asText()).isEqualTo("c:a-plan#1");
    assertThat(statement.get("cluster_size").asInt()).isEqualTo(3);

    String data = WebServerTest.data.toString();
    JsonNode reuse = json(web.get("/api/reuse?size=100"));
    assertThat(reuse.get("total").asInt()).isEqualTo(4);
    assertThat(reuse.get("graph")).hasSize(4);
    // the same records, field for field, as the CLI's JSONL exports of the same data
    assertThat(reuse.get("passages").toString()).isEqualTo(jsonLines(cli("reuse", "--data", data, "--format", "jsonl")).toString());
    assertThat(reuse.get("graph").toString()).isEqualTo(jsonLines(cli("reuse", "--data", data, "--graph", "--format", "jsonl")).toString());
    JsonNode disputes = json(web.get("/api/disputes"));
    assertThat(disputes.get("disputes").toString()).isEqualTo(jsonLines(cli("disputes", "--data", data, "--format", "jsonl")).toString());
    assertThat(disputes.get("disputes").get(0).get("denial").get("speaker").asText()).isEqualTo(WebFixture.XSS_SPEAKER);
    assertThat(json(web.get("/api/reuse?article=a-hostile")).get("total").asInt()).isEqualTo(2);
    JsonNode cross = json(web.get("/api/reuse?cross=1"));
    assertThat(cross.get("total").asInt()).isEqualTo(3);
    assertThat(cross.get("graph")).hasSize(3);
    assertThat(json(web.get("/api/disputes?article=a-harbour")).get("total").asInt()).isZero();
  }

  private static synchronized String cli(String... args) {
    java.io.PrintStream old = System.out;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(org.parley.app.Main.run(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static JsonNode jsonLines(String lines) throws IOException {
    com.fasterxml.jackson.databind.node.ArrayNode out = WebJson.MAPPER.createArrayNode();
    for (String line : lines.strip().split("\n")) {
      out.add(WebJson.MAPPER.readTree(line));
    }
    return out;
  }
}
