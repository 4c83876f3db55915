package dev.quire.comment;

import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the safe Markdown subset of comments to HTML: paragraphs, emphasis, strong, inline and
 * block code, quotes, lists, and links to http(s) or this site. Raw HTML is escaped, headings and
 * rules stay plain text, images become links, and links get {@code rel="nofollow ugc noopener"}.
 */
public final class CommentMarkdown {
  private final Parser parser =
      Parser.builder()
          .enabledBlockTypes(
              Set.of(
                  FencedCodeBlock.class,
                  IndentedCodeBlock.class,
                  BlockQuote.class,
                  ListBlock.class))
          .build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https")))
          .attributeProviderFactory(
              context ->
                  (node, tag, attributes) -> {
                    if (node instanceof Link) {
                      attributes.put("rel", "nofollow ugc noopener");
                    }
                  })
          .build();

  /**
   * A destination that looks relative but that browsers open on another host: {@code
   * //evil.example}, {@code /\evil.example}, or any with a backslash or control character (which
   * browsers drop or read as '/'). Such links are shown as plain text.
   */
  static boolean offSiteInDisguise(String destination) {
    if (destination == null) {
      return false;
    }
    String d = destination.strip();
    return d.startsWith("//") || d.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f);
  }

  /** The HTML of a comment body; safe to insert into a page unescaped. */
  public String html(String markdown) {
    Node doc = parser.parse(markdown);
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            Link link = new Link(image.getDestination(), image.getTitle());
            Node child = image.getFirstChild();
            if (child == null) {
              link.appendChild(new Text(image.getDestination()));
            }
            while (child != null) {
              Node next = child.getNext();
              link.appendChild(child);
              child = next;
            }
            image.insertBefore(link);
            image.unlink();
          }

          @Override
          public void visit(Link link) {
            visitChildren(link);
            if (offSiteInDisguise(link.getDestination())) {
              Node child = link.getFirstChild();
              while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
              }
              link.unlink();
            }
          }
        });
    return renderer.render(doc);
  }
}
