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
}
