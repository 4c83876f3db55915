package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What tests of other clients need of a signed-in member: an API token, a collection. */
final class Members {
  private Members() {}

  /** Creates a write-scoped API token on /settings and returns it. */
  static String apiToken(Visitor member) {
    return apiToken(member, "write");
  }

  /** Creates an API token of this scope (read, write) on /settings and returns it. */
  static String apiToken(Visitor member, String scope) {
    member.get("/settings");
    Visitor.Page created = member.submit("/settings/tokens", "name", "client test", "scope", scope);
    assertThat(created.status()).isEqualTo(201);
    Matcher m = Pattern.compile("new-token\">(quire_[A-Za-z0-9_-]+)<").matcher(created.body());
    assertThat(m.find()).as("a new token on %s", created.body()).isTrue();
    return m.group(1);
  }

  /** Creates a collection from the form on /collections; returns its id. */
  static String collection(Visitor member, String name, String visibility) {
    member.get("/collections");
    Visitor.Page created =
        member.submit("/collections", "name", name, "description", "", "visibility", visibility);
    assertThat(created.location()).matches("/collections/[0-9a-f]{32}");
    return created.location().substring("/collections/".length());
  }
}
