package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.app.Quire;
import dev.quire.search.EmbeddedSite;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the reader sees, drawn by headless Chromium at desktop (1366 px) and phone (390 px) widths:
 * nothing drawn over anything else, no raw TeX, no broken picture. Writes the screenshots in
 * docs/screenshots/.
 */
@Tag("browser")
class VisualBrowserTest {
  static final Path SCREENSHOTS = Path.of("docs/screenshots");

  /** Width and viewport height of each device. */
  static final Map<String, Dimension> DEVICES =
      Map.of("desktop", new Dimension(1366, 900), "phone", new Dimension(390, 1100));

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void thePaperPagesVoteButtonDoesNotOverlapItsCountsOnDesktopOrPhone() {
    BrowserTest.requireChromium();
    withSite(
        (driver, base) -> {
          for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 900))) {
            driver.manage().window().setSize(size);
            driver.get(base + "/papers/" + VisualFixture.TEX_PAPER);
            WebElement vote = driver.findElement(By.cssSelector(".paper-stats .vote-button"));
            assertThat(vote.getText()).contains("163").contains("upvote");
            List<WebElement> others =
                driver.findElements(By.cssSelector(".paper-stats > li:not(:first-child)"));
            assertThat(others).isNotEmpty();
            for (WebElement other : others) {
              assertThat(overlap(driver, vote, other))
                  .as("vote button vs '%s' at %d px", other.getText(), size.getWidth())
                  .isZero();
            }
          }
        });
  }

  @Test
  void screenshotsOfHomePaperSearchAndMapShowNoOverlapNoRawTexAndNoBrokenImage() throws Exception {
    BrowserTest.requireChromium();
    Files.createDirectories(SCREENSHOTS);
    withSite(
        (driver, base) -> {
          Map<String, String> pages =
              Map.of(
                  "home", "/",
                  "paper", "/papers/" + VisualFixture.TEX_PAPER,
                  "search", "/search?q=kondo+insulator",
                  "map", "/map?month=2026-08");
          for (var device : DEVICES.entrySet()) {
            driver.manage().window().setSize(device.getValue());
            for (var page : pages.entrySet()) {
              driver.get(base + page.getValue());
              String where = page.getKey() + " at " + device.getValue().getWidth() + " px";
              assertNoBrokenImage(driver, where);
              String text = driver.findElement(By.tagName("main")).getText();
              assertThat(VisualPagesTest.RAW_TEX.matcher(text).results().map(r -> r.group()))
                  .as(where)
                  .isEmpty();
              assertNoOverlap(driver, where);
              ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
              byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
              Files.write(SCREENSHOTS.resolve(page.getKey() + "-" + device.getKey() + ".png"), png);
            }
          }
        });
  }

  /** Every image has loaded and has pixels (scrolled to, so that lazy ones load too). */
  private static void assertNoBrokenImage(WebDriver driver, String where) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "document.querySelectorAll('img').forEach(i => { i.loading = 'eager';"
            + " i.scrollIntoView(); });");
    new WebDriverWait(driver, PATIENCE)
        .until(
            d -> (Boolean) js.executeScript("return [...document.images].every(i => i.complete);"));
    @SuppressWarnings("unchecked")
    List<String> broken =
        (List<String>)
            js.executeScript(
                "return [...document.images].filter(i => !(i.naturalWidth > 0)).map(i => i.src);");
    assertThat(broken).as(where).isEmpty();
  }

  /** Vote boxes and card text, and the paper page's stats, are drawn side by side, not over. */
  private static void assertNoOverlap(WebDriver driver, String where) {
    for (WebElement card : driver.findElements(By.cssSelector(".card"))) {
      WebElement votes = card.findElement(By.cssSelector(".votes"));
      WebElement body = card.findElement(By.cssSelector(".card-body"));
      assertThat(overlap(driver, votes, body)).as(where + ": card votes vs text").isZero();
    }
    List<WebElement> stats = driver.findElements(By.cssSelector(".paper-stats > li"));
    for (int i = 0; i < stats.size(); i++) {
      for (int j = i + 1; j < stats.size(); j++) {
        assertThat(overlap(driver, stats.get(i), stats.get(j)))
            .as(where + ": '" + stats.get(i).getText() + "' vs '" + stats.get(j).getText() + "'")
            .isZero();
      }
    }
  }

  /** The area two elements' drawn boxes (their content included) share, in CSS pixels. */
  static double overlap(WebDriver driver, WebElement a, WebElement b) {
    Object area =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const box = e => { const r = e.getBoundingClientRect();"
                    + " let l = r.left, t = r.top, rt = r.right, bt = r.bottom;"
                    + " for (const c of e.querySelectorAll('*')) { const q = c.getBoundingClientRect();"
                    + " if (q.width && q.height) { l = Math.min(l, q.left); t = Math.min(t, q.top);"
                    + " rt = Math.max(rt, q.right); bt = Math.max(bt, q.bottom); } }"
                    + " return [l, t, rt, bt]; };"
                    + " const [a, b] = [box(arguments[0]), box(arguments[1])];"
                    + " const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);"
                    + " const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);"
                    + " return w > 0.5 && h > 0.5 ? w * h : 0;",
                a,
                b);
    return ((Number) area).doubleValue();
  }

  private interface SiteTest {
    void run(WebDriver driver, String base) throws Exception;
  }

  private void withSite(SiteTest test) {
    try (Quire quire = EmbeddedSite.open(dir.resolve("db"), r -> VisualFixture.seed(r, false))) {
      Javalin app = quire.web().start(0);
      WebDriver driver = BrowserTest.chrome(dir);
      try {
        test.run(driver, "http://localhost:" + app.port());
      } catch (Exception e) {
        throw new AssertionError(e);
      } finally {
        driver.quit();
        app.stop();
      }
    }
  }
}
