package dev.quire.web;

import dev.quire.digest.DigestSettings;
import dev.quire.digest.SubscribeRequest;
import dev.quire.digest.Subscription;
import dev.quire.digest.Subscriptions;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Subscribing to the email digest with just an address (double opt-in), confirming, and
 * unsubscribing from a link in a mail, including RFC 8058 one-click POSTs from mail clients. The
 * answer to a subscribe request is the same whether or not the address was subscribed.
 */
final class SubscriptionController {
  private final Subscriptions subscriptions;
  private final DigestSettings settings;
  private final Templates templates;
  private final AccessControl access;

  SubscriptionController(
      Subscriptions subscriptions,
      DigestSettings settings,
      Templates templates,
      AccessControl access) {
    this.subscriptions = subscriptions;
    this.settings = settings;
    this.templates = templates;
    this.access = access;
  }

  /** GET /subscribe[?email=...]: the form, the address pre-filled from the footer form. */
  void page(Context ctx) {
    Map<String, Object> p = form(ctx, value(ctx.queryParam("email")), "daily", "", "");
    render(ctx, 200, "subscribe.jte", p);
  }

  /** POST /subscribe: records the request and mails a confirmation link. */
  void subscribe(Context ctx) {
    String email = value(ctx.formParam("email"));
    String frequency = value(ctx.formParam("frequency"));
    String top = value(ctx.formParam("top"));
    String topics = ctx.formParam("topics") == null ? "" : ctx.formParam("topics");
    Map<String, Object> p =
        form(ctx, email, frequency.isEmpty() ? "daily" : frequency, top, topics);
    SubscribeRequest request;
    try {
      request = SubscribeRequest.parse(email, frequency, top, topics, settings.defaultTop());
    } catch (IllegalArgumentException e) {
      p.put("error", capitalised(e.getMessage()) + ".");
      render(ctx, 400, "subscribe.jte", p);
      return;
    }
    subscriptions.subscribe(request);
    message(
        ctx,
        200,
        "Check your inbox",
        "If "
            + request.email()
            + " can receive mail, a message with a confirmation link is on its way. Nothing is"
            + " sent before you confirm; the link works for 7 days.",
        null,
        null,
        null);
  }

  /** GET /subscribe/confirm?token=...: a button that confirms (mail scanners only GET links). */
  void confirmPage(Context ctx) {
    String token = value(ctx.queryParam("token"));
    Optional<Subscription> s = subscriptions.forConfirmation(token);
    if (s.isEmpty()) {
      invalid(ctx, "confirmation");
      return;
    }
    message(
        ctx,
        200,
        "Confirm your subscription",
        "Confirm that "
            + s.get().email()
            + " should get "
            + s.get().frequency().db()
            + " trending papers"
            + (s.get().topics().isEmpty()
                ? ""
                : " and alerts on "
                    + dev.quire.web.view.Numbers.counted(
                        s.get().topics().size(), "topic", "topics"))
            + ".",
        "/subscribe/confirm",
        token,
        "Confirm subscription");
  }

  /** POST /subscribe/confirm: activates the subscription of the signed token. */
  void confirm(Context ctx) {
    String token = value(ctx.formParam("token"));
    switch (subscriptions.confirm(token)) {
      case CONFIRMED ->
          message(
              ctx,
              200,
              "You are subscribed",
              "Your first digest arrives with the next run. Every mail has a one-click unsubscribe"
                  + " link.",
              null,
              null,
              null);
      case ALREADY_ACTIVE ->
          message(
              ctx,
              200,
              "You are subscribed",
              "This subscription was already confirmed.",
              null,
              null,
              null);
      case INVALID -> invalid(ctx, "confirmation");
    }
  }

  /** GET /unsubscribe?token=...: a button that unsubscribes. */
  void unsubscribePage(Context ctx) {
    String token = value(ctx.queryParam("token"));
    Optional<Subscription> s = subscriptions.forUnsubscribe(token);
    if (s.isEmpty()) {
      invalid(ctx, "unsubscribe");
      return;
    }
    message(
        ctx,
        200,
        "Unsubscribe",
        "Stop all digests and topic alerts to " + s.get().email() + "?",
        "/unsubscribe",
        token,
        "Unsubscribe");
  }

  /**
   * POST /unsubscribe: from the page's button, or a mail client's one-click POST (RFC 8058: the
   * token in the URL, body {@code List-Unsubscribe=One-Click}, no cookies).
   */
  void unsubscribe(Context ctx) {
    String token = value(ctx.queryParam("token"));
    if (token.isEmpty()) {
      token = value(ctx.formParam("token"));
    }
    if (!subscriptions.unsubscribe(token)) {
      invalid(ctx, "unsubscribe");
      return;
    }
    message(
        ctx,
        200,
        "You are unsubscribed",
        "No more digests or alerts will be sent to this address. You can subscribe again at any time.",
        null,
        null,
        null);
  }

  private void invalid(Context ctx, String what) {
    message(
        ctx,
        400,
        "This link does not work",
        "This "
            + what
            + " link is not valid"
            + (what.equals("confirmation") ? ", has expired, or the subscription ended." : ".")
            + " Copy the whole link from the mail, or subscribe again.",
        null,
        null,
        null);
  }

  private Map<String, Object> form(
      Context ctx, String email, String frequency, String top, String topics) {
    access.ensureAnonymousCsrf(ctx); // the form is checked by AccessControl like every other
    Map<String, Object> p = new HashMap<>();
    p.put("csrf", Auth.viewer(ctx).csrf());
    p.put("email", email);
    p.put("frequency", frequency);
    p.put("top", top.isEmpty() ? Integer.toString(settings.defaultTop()) : top);
    p.put("topics", topics);
    p.put("error", null);
    return p;
  }

  private void message(
      Context ctx,
      int status,
      String title,
      String text,
      String action,
      String token,
      String button) {
    Map<String, Object> p = new HashMap<>();
    p.put("title", title);
    p.put("message", text);
    p.put("action", action);
    p.put("token", token);
    p.put("button", button);
    render(ctx, status, "subscription-message.jte", p);
  }

  private void render(Context ctx, int status, String template, Map<String, Object> params) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    templates.render(ctx, template, params);
  }

  private static String value(String s) {
    return s == null ? "" : s.strip();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
