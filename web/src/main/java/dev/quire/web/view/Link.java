package dev.quire.web.view;

/**
 * A navigation link.
 *
 * @param label what the link says
 * @param href where it goes
 * @param current whether it points at the page being shown
 */
public record Link(String label, String href, boolean current) {
  /** A link that is not the current page. */
  public static Link to(String label, String href) {
    return new Link(label, href, false);
  }
}
