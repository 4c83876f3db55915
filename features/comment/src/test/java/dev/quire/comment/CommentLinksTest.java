package dev.quire.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Links in comments that look relative but open another site (security review, item 15). */
class CommentLinksTest {
  private final CommentMarkdown markdown = new CommentMarkdown();

  @Test
  void protocolRelativeAndBackslashLinksAreShownAsPlainText() {
    for (String target :
        new String[] {"//evil.example/x", "/\\evil.example", "/\\\\evil.example"}) {
      String html = markdown.html("[our paper](" + target + ")");
      assertThat(html).as(target).doesNotContain("<a ").contains("our paper");
    }
  }

  @Test
  void relativeAndHttpsLinksStayLinks() {
    assertThat(markdown.html("[a paper](/papers/2608.10001)"))
        .contains("href=\"/papers/2608.10001\"")
        .contains(">a paper</a>");
    assertThat(markdown.html("[arXiv](https://arxiv.org/abs/2608.10001)"))
        .contains("href=\"https://arxiv.org/abs/2608.10001\"");
  }
}
