package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person's path through the app in real headless Chromium, with screenshots of each page. */
class WebBrowserTest {
  @TempDir static Path data;
  static WebFixture web;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Browser.assumeInstalled();
    web = new WebFixture(data);
    driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  WebDriverWait waitUp() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  @Test
  void searchThenArticleThenEntity() throws Exception {
    driver.get(web.base() + "/");
    assertThat(driver.getTitle()).isEqualTo("Parley");
    assertThat(driver.findElement(By.cssSelector(".hero .lead")).getText()).startsWith("33 articles");
    // the year chart was drawn by Chart.js (CSP allows our own scripts)
    waitUp().until(d -> ((ChromeDriver) d).executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart(document.querySelector('canvas.chart'))"));
    Browser.screenshot(driver, "overview");

    WebElement box = driver.findElement(By.name("q"));
    box.sendKeys("ceasefire", Keys.ENTER);
    waitUp().until(ExpectedConditions.urlContains("/search?q=ceasefire"));
    assertThat(driver.findElement(By.id("total")).getText()).contains("3 articles match");
    List<WebElement> marks = driver.findElements(By.cssSelector("p.snippet mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.get(0).getText()).isEqualToIgnoringCase("ceasefire");
    // the hostile article's title is shown as text
    assertThat(driver.findElements(By.cssSelector("li.hit h3 a")).stream().map(WebElement::getText))
        .contains(WebFixture.XSS_TITLE);
    Browser.screenshot(driver, "search");

    // filter by an outlet facet, then remove the filter
    driver.findElement(By.xpath("//aside[@class='facets']//a[.//span[text()='Daily Bugle']]")).click();
    waitUp().until(ExpectedConditions.urlContains("outlet=Daily+Bugle"));
    assertThat(driver.findElement(By.id("total")).getText()).contains("1 article matches");
    driver.findElement(By.cssSelector("p.filters a.chip")).click();
    waitUp().until(d -> !d.getCurrentUrl().contains("outlet="));

    driver.findElement(By.linkText("Ministers argue over peace proposal")).click();
    waitUp().until(ExpectedConditions.urlContains("/article/a-plan"));
    assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo("Ministers argue over peace proposal");
    WebElement junk = driver.findElement(By.cssSelector(".junk .junk-text"));
    assertThat(junk.isDisplayed()).as("junk collapsed by default").isFalse();
    Browser.screenshot(driver, "article");
    driver.findElement(By.cssSelector("label[for='show-junk']")).click();
    assertThat(junk.isDisplayed()).as("junk shown after the toggle").isTrue();
    assertThat(junk.getText()).isEqualTo("SUBSCRIBE NOW");
    Browser.screenshot(driver, "article-junk-shown");

    driver.findElement(By.cssSelector(".article-text a.mention-person")).click();
    waitUp().until(ExpectedConditions.urlContains("/entity/e:mara-quill"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mara Quill");
    assertThat(driver.findElement(By.cssSelector(".entity-head .lead")).getText()).contains("Mentioned in 2 articles");
    assertThat(driver.findElements(By.cssSelector("li.hit"))).hasSize(2);
    Browser.screenshot(driver, "entity");

    // co-occurring entity: through the name redirect to its own page
    driver.findElement(By.xpath("//section[@class='facet']//a[.//span[text()='Port Lenna']]")).click();
    waitUp().until(ExpectedConditions.urlContains("/entity/e:port-lenna"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Port Lenna");
  }

  boolean chartDrawn(String css) {
    return Boolean.TRUE.equals(driver.executeScript(
        "var c = document.querySelector(arguments[0]); return typeof Chart !== 'undefined' && !!c && !!Chart.getChart(c)", css));
  }

  @Test
  void statementsToggleThroughToTheArticleAnchor() throws Exception {
    driver.get(web.base() + "/search?q=plan");
    driver.findElement(By.id("tab-statements")).click();
    waitUp().until(ExpectedConditions.urlContains("type=statements"));
    assertThat(driver.findElement(By.id("total")).getText()).contains("2 statements match");
    assertThat(driver.findElements(By.cssSelector("li.statement blockquote mark"))).isNotEmpty();
    Browser.screenshot(driver, "search-statements");
    // the speaker facet narrows, keeping the statement list
    driver.findElement(By.xpath("//aside[@class='facets']//a[.//span[text()='envoy of Eldoria']]")).click();
    waitUp().until(ExpectedConditions.urlContains("speaker="));
    assertThat(driver.findElement(By.id("total")).getText()).contains("1 statement matches");
    driver.findElement(By.cssSelector("li.statement a.content-link")).click();
    waitUp().until(ExpectedConditions.urlContains("/article/a-harbour#s-2"));
    WebElement target = driver.findElement(By.id("s-2"));
    assertThat(target.getText()).isEqualTo("the plan was now acceptable");
    assertThat(target.getAttribute("title")).contains("envoy of Eldoria").contains("said");
    // the linked statement is the :target, highlighted and scrolled into view
    assertThat(driver.executeScript("return document.querySelector(':target') === arguments[0]", target)).isEqualTo(Boolean.TRUE);
    assertThat(driver.findElements(By.cssSelector("ol.side-statements li"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("ul.side-positions li"))).hasSize(3);
    driver.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(driver, "article-statements");
  }

  @Test
  void positionsMatrixCellHistoryAndEntityChart() throws Exception {
    driver.get(web.base() + "/");
    driver.findElement(By.linkText("Positions")).click();
    waitUp().until(ExpectedConditions.urlContains("/positions"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Positions ledger");
    assertThat(driver.findElements(By.cssSelector("#matrix tbody tr"))).hasSize(3);
    waitUp().until(d -> chartDrawn("#positions-chart"));
    Browser.screenshot(driver, "positions");
    driver.findElement(By.cssSelector("#matrix td.stance-accepts a")).click();
    waitUp().until(ExpectedConditions.urlContains("/positions?actor=Eldoria&topic=peace_plan"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Eldoria on peace plan");
    List<WebElement> steps = driver.findElements(By.cssSelector("#steps li.step"));
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0).getText()).contains("FIRST STATED").contains("conditions").contains("Daily Bugle");
    assertThat(steps.get(1).getText()).contains("CHANGED").contains("accepts").contains("was conditions");
    Browser.screenshot(driver, "position-history");
    driver.findElement(By.cssSelector("blockquote.evidence a")).click();
    waitUp().until(ExpectedConditions.urlContains("/article/a-plan#s-1"));

    driver.get(web.base() + "/entity/e:mara-quill");
    waitUp().until(d -> chartDrawn("#mentions-chart"));
    assertThat(driver.findElement(By.id("said")).getText()).isEqualTo("What Mara Quill said");
    assertThat(driver.findElement(By.cssSelector(".said-group h3")).getText()).containsIgnoringCase("ceasefire");
    assertThat(driver.findElement(By.id("quoted-by")).getText()).contains("The Courier").contains("Reuters");
    Browser.screenshot(driver, "entity-statements");
  }

  @Test
  void hostileArticleRunsNoScript() throws Exception {
    driver.get(web.base() + "/article/a-hostile");
    assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo(WebFixture.XSS_TITLE);
    assertThat(driver.findElement(By.id("article-text")).getText()).contains("<img src=x onerror=alert(2)>");
    // no alert opened, and no element came from the article's markup
    assertThat(driver.findElements(By.cssSelector(".article-text img, .article-text script, .article-text b"))).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.switchTo().alert())
        .isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
  }

  @Test
  void badQueryShowsTheMessage() throws Exception {
    driver.get(web.base() + "/search?q=%22unbalanced");
    assertThat(driver.findElement(By.id("error-message")).getText()).contains("bad query");
    Browser.screenshot(driver, "error-400");
  }

  @Test
  void timelinePositionsAndPagingWork() throws Exception {
    driver.get(web.base() + "/timeline");
    waitUp().until(d -> ((ChromeDriver) d).executeScript("return typeof Chart !== 'undefined' && !!Chart.getChart(document.querySelector('canvas.chart'))"));
    Browser.screenshot(driver, "timeline");
    driver.get(web.base() + "/search?q=harvest");
    driver.findElement(By.cssSelector("nav.pager a.next")).click();
    waitUp().until(ExpectedConditions.urlContains("page=2"));
    assertThat(driver.findElement(By.id("total")).getText()).contains("showing 21–30");
    // narrow window: the layout stacks, nothing overflows sideways
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
    driver.get(web.base() + "/search?q=ceasefire");
    Object overflow = driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    Browser.screenshot(driver, "search-mobile");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    assertThat(overflow).isEqualTo(Boolean.FALSE);
    // the console stayed clean (no CSP violations, no script errors)
    assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .map(Object::toString).toList()).isEmpty();
  }

  @Test
  void clusterToTheReportInItsArticleAndReusePairToTheMarkedPassage() throws Exception {
    driver.get(web.base() + "/");
    driver.findElement(By.linkText("Reported")).click();
    waitUp().until(ExpectedConditions.urlContains("/clusters"));
    List<WebElement> rows = driver.findElements(By.cssSelector("li.cluster-row"));
    assertThat(rows).hasSize(2);
    rows.get(0).findElement(By.cssSelector("blockquote.content a")).click();
    waitUp().until(ExpectedConditions.urlContains("/cluster/c:a-plan%231"));
    List<WebElement> reports = driver.findElements(By.cssSelector("#reports li.report"));
    assertThat(reports).hasSize(3);
    assertThat(reports.get(0).getAttribute("class")).contains("first");
    assertThat(reports.get(0).getText()).contains("FIRST REPORT").contains("Daily Bugle");
    assertThat(reports.get(1).getText()).contains("CARRIER").contains(WebFixture.HOSTILE_OUTLET);
    assertThat(reports.get(2).getText()).contains("PARAPHRASE").contains("The Courier").contains("envoy of Eldoria");
    Browser.screenshot(driver, "cluster");
    // the paraphrase's link opens the article at that statement
    reports.get(2).findElement(By.cssSelector("a.article-link")).click();
    waitUp().until(ExpectedConditions.urlContains("/article/a-harbour#s-2"));
    WebElement target = driver.findElement(By.id("s-2"));
    assertThat(driver.executeScript("return document.querySelector(':target') === arguments[0]", target)).isEqualTo(Boolean.TRUE);
    // and its side list links back to the cluster
    assertThat(driver.findElements(By.cssSelector("ol.side-statements a.cluster-link")).stream().map(WebElement::getText))
        .contains("reported by 3 outlets");

    driver.get(web.base() + "/reuse");
    assertThat(driver.findElements(By.cssSelector("#graph tbody tr"))).hasSize(4);
    driver.findElement(By.id("cross-link")).click();
    waitUp().until(ExpectedConditions.urlContains("cross=1"));
    assertThat(driver.findElements(By.cssSelector("#graph tbody tr"))).hasSize(3);
    driver.findElement(By.cssSelector("a[href='/reuse/a-plan/a-harbour']")).click();
    waitUp().until(ExpectedConditions.urlContains("/reuse/a-plan/a-harbour"));
    List<WebElement> panes = driver.findElements(By.cssSelector("section.passage-pair .pane"));
    assertThat(panes).hasSize(2);
    assertThat(panes.get(0).findElement(By.tagName("mark")).getText()).isEqualTo("Demilitarisation of the northern valley");
    assertThat(panes.get(1).findElement(By.tagName("mark")).getText()).isEqualTo("Talks over the harbour resumed in Port Lenna.");
    Browser.screenshot(driver, "reuse-pair");
    panes.get(1).findElement(By.cssSelector(".offsets a")).click();
    waitUp().until(ExpectedConditions.urlContains("/article/a-harbour?mark="));
    assertThat(driver.findElements(By.cssSelector(".article-text mark.linked")).stream().map(WebElement::getText).reduce("", String::concat))
        .isEqualTo("Talks over the harbour resumed in Port Lenna.");

    driver.get(web.base() + "/disputes");
    assertThat(driver.findElement(By.cssSelector(".pane.claim")).getText()).contains("foreign minister of Eldoria");
    assertThat(driver.findElement(By.cssSelector(".pane.denial")).getText()).contains(WebFixture.XSS_SPEAKER);
    Browser.screenshot(driver, "disputes");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.switchTo().alert())
        .isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
  }
}
