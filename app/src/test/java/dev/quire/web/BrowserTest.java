package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.testing.Fixtures;
import dev.quire.testing.TestDb;
import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the real pages in headless Chromium: what a reader clicks through, with no JavaScript of
 * ours.
 */
@Tag("browser")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Long enough for slow CI machines; it only bounds how long a broken page is waited for. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void aReaderOpensTheHomePageClicksAPaperAndReadsItsAbstract() {
    requireChromium();
    try (Quire quire = TestDb.SQLITE.open(dir.resolve("db"))) {
      SiteFixture.seed(quire.paperStore());
      String longAbstract = "Lanterns light the way. ".repeat(60).strip();
      Fixtures.feature(
          quire.paperStore(),
          Fixtures.paper("2608.10009", "Long Story Short", 20).toBuilder()
              .abstractText(longAbstract)
              .build(),
          SiteFixture.FRI,
          null);
      Javalin app = quire.web().start(0);
      WebDriver driver = chrome();
      try {
        String base = "http://localhost:" + app.port();
        driver.get(base + "/");
        assertThat(driver.getTitle()).contains("Friday, August 21, 2026");

        WebElement abstractText = driver.findElement(By.id("paper-2608-10009-abstract"));
        int clipped = abstractText.getSize().getHeight();
        driver
            .findElement(By.xpath("//article[@aria-labelledby='paper-2608-10009-title']//summary"))
            .click();
        new WebDriverWait(driver, PATIENCE)
            .until(d -> abstractText.getSize().getHeight() > clipped);

        driver.findElement(By.linkText("Lanterns of Attention")).click();
        new WebDriverWait(driver, PATIENCE)
            .until(ExpectedConditions.urlToBe(base + "/papers/2608.10001"));
        assertThat(driver.findElement(By.tagName("h1")).getText())
            .contains("Lanterns of Attention");
        assertThat(driver.findElement(By.cssSelector(".abstract-full")).getText())
            .isEqualTo("Abstract of Lanterns of Attention. We study things carefully.");
        assertThat(driver.findElement(By.linkText("PDF")).getAttribute("href"))
            .isEqualTo("https://arxiv.org/pdf/2608.10001");
      } finally {
        driver.quit();
        app.stop();
      }
    }
  }

  @Test
  void aReaderTypesAQueryInTheHeaderAndSeesHighlightedResults() {
    requireChromium();
    try (Quire quire = dev.quire.search.SearchSite.open(dir.resolve("db"))) {
      Javalin app = quire.web().start(0);
      WebDriver driver = chrome();
      try {
        String base = "http://localhost:" + app.port();
        driver.get(base + "/papers/2501.00001");
        WebElement box = driver.findElement(By.id("site-search-q"));
        box.sendKeys("\"image editing\"");
        box.submit();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("/search?q="));
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText())
            .isEqualTo("1 paper has all the words");
        WebElement title = driver.findElement(By.cssSelector(".result-title a"));
        assertThat(title.getText()).isEqualTo("Image Editing with Diffusion Models");
        assertThat(driver.findElements(By.cssSelector(".result-title mark")))
            .extracting(WebElement::getText)
            .containsExactly("Image", "Editing");
        title.click();
        new WebDriverWait(driver, PATIENCE)
            .until(ExpectedConditions.urlToBe(base + "/papers/2502.00002"));
      } finally {
        driver.quit();
        app.stop();
      }
    }
  }

  private WebDriver chrome() {
    return chrome(dir);
  }

  /** A headless Chromium with its profile under {@code dir}. */
  static WebDriver chrome(Path dir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  static void requireChromium() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but "
              + CHROMIUM
              + " or "
              + CHROMEDRIVER
              + " is missing; install the chromium and chromium-driver packages");
    }
    if (!present) {
      System.err.println(
          "SKIPPING browser test: " + CHROMIUM + " or " + CHROMEDRIVER + " not installed");
    }
    Assumptions.assumeTrue(
        present,
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver)");
  }
}
