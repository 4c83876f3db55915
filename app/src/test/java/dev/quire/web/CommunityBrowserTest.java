package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new member in headless Chromium: signs up, confirms by mail, upvotes in place, comments, and
 * keeps the paper in a collection.
 */
@Tag("browser")
class CommunityBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  @TempDir Path dir;

  @Test
  void aReaderSignsUpConfirmsThroughTheMailUpvotesCommentsAndCollects() {
    BrowserTest.requireChromium();
    try (Site site = Site.start(dir.resolve("site"))) {
      WebDriver driver = BrowserTest.chrome(dir);
      WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
      try {
        driver.get(site.base + "/signup");
        driver.findElement(By.id("email")).sendKeys("zoe@example.org");
        driver.findElement(By.id("name")).sendKeys("zoe");
        driver.findElement(By.id("password")).sendKeys(Site.PASSWORD);
        driver.findElement(By.cssSelector("form.stacked-form button")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Check your mail"));

        driver.get(site.base + site.link("/verify", "zoe@example.org"));
        driver.findElement(By.cssSelector("form.stacked-form button")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Welcome, zoe"));
        driver.get(site.base + "/");
        wait.until(d -> d.findElement(By.cssSelector(".account-name")).getText().equals("zoe"));

        WebElement vote = driver.findElement(By.cssSelector("button[data-vote='2608.10002']"));
        assertThat(vote.getAttribute("aria-pressed")).isEqualTo("false");
        String url = driver.getCurrentUrl();
        vote.click();
        wait.until(d -> "true".equals(vote.getAttribute("aria-pressed")));
        assertThat(vote.findElement(By.cssSelector(".votes-count")).getText()).isEqualTo("4");
        assertThat(driver.getCurrentUrl()).as("updated in place").isEqualTo(url);
        assertThat(site.quire.papers().find("2608.10002").orElseThrow().upvotes()).isEqualTo(4);

        driver.get(site.base + "/papers/2608.10002");
        driver
            .findElement(By.id("comment-body"))
            .sendKeys("Hello *world* <script>alert(1)</script>");
        driver.findElement(By.cssSelector(".comment-form button")).click();
        WebElement body = wait.until(d -> d.findElement(By.cssSelector(".comment .comment-body")));
        assertThat(body.findElement(By.tagName("em")).getText()).isEqualTo("world");
        assertThat(body.getText()).contains("<script>alert(1)</script>");
        assertThat(
                driver
                    .findElement(By.cssSelector("button[data-vote='2608.10002']"))
                    .getAttribute("aria-pressed"))
            .isEqualTo("true");

        driver.findElement(By.linkText("Collections")).click();
        wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Your collections"));
        driver.findElement(By.id("collection-name")).sendKeys("Zoe's reading list");
        driver.findElement(By.cssSelector("form[action='/collections'] button")).click();
        wait.until(
            d -> d.findElement(By.cssSelector(".collection-title")).getText().contains("Zoe's"));
        driver.get(site.base + "/papers/2608.10002");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("add-to-collection")))
            .selectByVisibleText("Zoe's reading list");
        driver.findElement(By.cssSelector("form.add-to-collection button")).click();
        WebElement card =
            wait.until(d -> d.findElement(By.cssSelector(".collection .card .card-title a")));
        assertThat(card.getText()).isEqualTo("Quiet Gradients");
        assertThat(driver.findElement(By.cssSelector(".collection-title")).getText())
            .isEqualTo("Zoe's reading list");
      } finally {
        driver.quit();
      }
    }
  }
}
