package org.parley.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Selenium; tests skip when it is not installed. */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Browser() {}

  static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
            + "(apt-get install chromium chromium-driver; .ci/run installs them)");
  }

  static ChromeDriver start(int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
    return driver;
  }

  /** Saves a full-height screenshot as {@code target/screenshots/NAME.png}. */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Dimension before = driver.manage().window().getSize();
    Object height = driver.executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
    int h = height instanceof Number n ? Math.min(4000, Math.max(before.height, n.intValue() + 40)) : before.height;
    driver.manage().window().setSize(new Dimension(before.width, h));
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    driver.manage().window().setSize(before);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, png);
    return file;
  }
}
