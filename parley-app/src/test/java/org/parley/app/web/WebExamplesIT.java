package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.app.Main;
import org.parley.query.ArticleSearcher;

/**
 * The bundled examples ingested with the real pipeline (CoreNLP), served, and walked through in
 * headless Chromium: search, an article, an entity. Screenshots go to target/screenshots/examples-*.
 */
class WebExamplesIT {
  @TempDir static Path data;
  static ArticleSearcher searcher;
  static WebServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void ingestAndServe() throws Exception {
    Browser.assumeInstalled();
    int code = Main.run("ingest", "--data", data.toString(), Path.of("..", "examples").toString());
    assertThat(code).isZero();
    server = WebServer.open(data).start("127.0.0.1", 0);
    driver = Browser.start(1280, 900);
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      searcher.close();
    }
  }

  @Test
  void searchArticleAndEntityOnTheExamples() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    String base = "http://127.0.0.1:" + server.port();
    driver.get(base + "/");
    Browser.screenshot(driver, "examples-overview");
    driver.findElement(By.name("q")).sendKeys("ceasefire", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("q=ceasefire"));
    assertThat(driver.findElement(By.id("total")).getText()).containsPattern("\\d+ articles? match");
    assertThat(driver.findElements(By.cssSelector("p.snippet mark"))).isNotEmpty();
    Browser.screenshot(driver, "examples-search");
    driver.findElement(By.partialLinkText("Ostmark Mediators")).click();
    wait.until(ExpectedConditions.urlContains("/article/"));
    assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).contains("Ceasefire");
    assertThat(driver.findElements(By.cssSelector(".article-text a.mention"))).isNotEmpty();
    Browser.screenshot(driver, "examples-article");
    driver.findElement(By.xpath("//div[@id='article-text']//a[text()='Lena Varga']")).click();
    wait.until(ExpectedConditions.urlContains("/entity/"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Lena Varga");
    assertThat(driver.findElements(By.cssSelector("li.hit"))).isNotEmpty();
    Browser.screenshot(driver, "examples-entity");
  }

  /**
   * The examples' links: the wire's report of Chancellor Lanz's condition reprinted by the Helm
   * Observer (a cluster and a reused passage), and the Observer's claim and denial about a pumping
   * station.
   */
  @Test
  void reportedStatementReusedPassageAndDisputeOnTheExamples() throws Exception {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    String base = "http://127.0.0.1:" + server.port();
    driver.get(base + "/");
    driver.findElement(By.linkText("Reported")).click();
    wait.until(ExpectedConditions.urlContains("/clusters"));
    assertThat(driver.findElements(By.cssSelector("li.cluster-row"))).isNotEmpty();
    Browser.screenshot(driver, "examples-clusters");
    driver.findElement(By.partialLinkText("the observers would be deployed")).click();
    wait.until(ExpectedConditions.urlContains("/cluster/"));
    List<WebElement> reports = driver.findElements(By.cssSelector("#reports li.report"));
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0).getText()).contains("FIRST REPORT").contains("Northern Press Agency").contains("2031-04-08");
    assertThat(reports.get(1).getText()).contains("EXACT").contains("Helm Observer").contains("2031-04-10");
    Browser.screenshot(driver, "examples-cluster");
    reports.get(1).findElement(By.cssSelector("a.article-link")).click();
    wait.until(ExpectedConditions.urlMatches("/article/[0-9a-f]+#s-\\d+$"));
    WebElement target = (WebElement) driver.executeScript("return document.querySelector(':target')");
    assertThat(target).isNotNull();
    assertThat(target.getText()).startsWith("the observers would be deployed");
    assertThat(driver.findElements(By.cssSelector("ol.side-statements a.cluster-link")).stream().map(WebElement::getText))
        .contains("reported by 2 outlets");

    driver.get(base + "/reuse");
    assertThat(driver.findElement(By.id("graph")).getText()).contains("Northern Press Agency").contains("Helm Observer");
    driver.findElement(By.cssSelector("a.pair-link")).click();
    wait.until(ExpectedConditions.urlContains("/reuse/"));
    List<WebElement> marks = driver.findElements(By.cssSelector("section.passage-pair .pane mark"));
    assertThat(marks).hasSize(2);
    assertThat(marks.get(0).getText()).startsWith("Lanz said that the observers").isEqualTo(marks.get(1).getText());
    Browser.screenshot(driver, "examples-reuse-pair");

    driver.get(base + "/disputes");
    assertThat(driver.findElement(By.cssSelector(".pane.claim")).getText()).contains("claimed").contains("Dunmere pumping station");
    assertThat(driver.findElement(By.cssSelector(".pane.denial")).getText()).contains("denied").contains("Dunmere pumping station");
    Browser.screenshot(driver, "examples-disputes");
  }
}
