package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.foryou.ForYouCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new reader in headless Chromium: signs up, starts For you with a category and a BibTeX file,
 * and sees their For-you page ranked by it, with reasons and the inbox count in the header.
 */
@Tag("browser")
class ForYouBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  @TempDir Path dir;

  @Test
  void aNewReaderOnboardsWithBibtexAndSeesTheirForYouPage() throws Exception {
    BrowserTest.requireChromium();
    Path bib = dir.resolve("library.bib");
    Files.writeString(
        bib,
        "@article{enzymes, title = {Protein folding}, eprint = {2608.20301},"
            + " archivePrefix = {arXiv}}\n@book{nothing, title = {No arXiv id here}}\n");
    try (Site site = Site.start(dir.resolve("site"), ForYouCorpus::store)) {
      WebDriver driver = BrowserTest.chrome(dir);
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      try {
        driver.get(site.base + "/signup");
        driver.findElement(By.id("email")).sendKeys("yan@example.org");
        driver.findElement(By.id("name")).sendKeys("yan");
        driver.findElement(By.id("password")).sendKeys(Site.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked-form button")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Check your mail"));
        driver.get(site.base + site.link("/verify", "yan@example.org"));
        driver.findElement(By.cssSelector("form.stacked-form button")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Welcome, yan"));
        driver.get(site.base + "/");
        wait.until(d -> d.findElement(By.cssSelector(".account-name")).getText().equals("yan"));

        driver.findElement(By.linkText("For you")).click();
        wait.until(d -> d.findElement(By.cssSelector(".foryou-start")).isDisplayed());
        driver.findElement(By.linkText("start in a minute")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Start in a minute"));
        driver.findElement(By.cssSelector("input[name='category'][value='cs.PL']")).click();
        driver.findElement(By.id("bibtex-file")).sendKeys(bib.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form.onboarding button[type='submit']")).click();
        wait.until(d -> d.findElement(By.cssSelector(".onboarding-report")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector(".onboarding-report")).getText())
            .contains("Added 1: cs.PL")
            .contains("Added 1: 2608.20301")
            .contains("entry nothing (line 2): no arXiv eprint");

        driver.findElement(By.linkText("See your For-you page")).click();
        driver.get(site.base + "/for-you?week=2026-W34");
        wait.until(d -> d.findElement(By.cssSelector(".suggestion")).isDisplayed());
        String firstTitle =
            driver.findElement(By.cssSelector(".suggestion .card-title a")).getText();
        assertThat(firstTitle).matches("(Protein folding|Compiler passes).*");
        assertThat(driver.findElement(By.cssSelector(".foryou-weights")).getText())
            .isEqualTo("90% personal relevance · 5% recency · 5% community trending");
        assertThat(driver.findElement(By.tagName("main")).getText())
            .contains("from your BibTeX import")
            .contains("which you follow");
        wait.until(d -> d.findElement(By.cssSelector("[data-inbox-count]")).getText().equals("6"));
      } finally {
        driver.quit();
      }
    }
  }
}
