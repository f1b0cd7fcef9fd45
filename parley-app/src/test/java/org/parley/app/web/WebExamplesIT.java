package org.parley.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
}
