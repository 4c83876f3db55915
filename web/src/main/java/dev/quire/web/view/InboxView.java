package dev.quire.web.view;

import java.util.List;

/**
 * A reader's inbox.
 *
 * @param items papers from what the reader follows, newest first; isNew marks unread ones
 * @param unread how many are unread
 * @param follows how many things the reader follows
 * @param days how many days the inbox looks back
 */
public record InboxView(List<SuggestionCard> items, int unread, int follows, int days) {
  public InboxView {
    items = List.copyOf(items);
  }
}
