package dev.quire.web.view;

import dev.quire.foryou.Reason;
import java.util.List;

/**
 * A paper card on For you or in the inbox, with why it is there.
 *
 * @param card the paper card
 * @param reasons why it is suggested
 * @param isNew For you: shown for the first time; inbox: unread
 */
public record SuggestionCard(PaperCard card, List<Reason> reasons, boolean isNew) {
  public SuggestionCard {
    reasons = List.copyOf(reasons);
  }
}
