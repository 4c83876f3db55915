package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationAdminTest {
  @TempDir Path dir;

  @Test
  void anAdminCreatesAnOrganisationLinksPapersAndItsPageListsThemByUpvotes() {
    try (Site site = Site.start(dir)) {
      site.member("root");
      site.quire.accounts().setAdmin("root@example.org", true);
      Visitor root = site.visitor();
      root.signIn("root@example.org", Site.PASSWORD);
      root.get("/admin/organizations");
      Visitor.Page created =
          root.submit(
              "/admin/organizations",
              "name",
              "quietlab",
              "fullname",
              "Quiet <Lab>",
              "avatar",
              "https://example.org/q.png");
      assertThat(created.status()).isEqualTo(303);
      assertThat(created.location()).isEqualTo("/organizations/quietlab");
      root.get("/admin/organizations");
      assertThat(
              root.submit("/admin/links", "paper", "2608.10002", "organization", "quietlab")
                  .status())
          .isEqualTo(303);
      Visitor.Page api =
          root.post(
              "/api/papers/2608.10003/links",
              Map.of(),
              "X-CSRF-Token",
              root.csrf(),
              "Content-Type",
              "application/json");
      assertThat(api.status()).as(api.body()).isEqualTo(400);

      String page = site.visitor().get("/organizations/quietlab").body();
      assertThat(page).contains("Quiet &lt;Lab&gt;").contains("Quiet Gradients");
      assertThat(site.quire.papers().find("2608.10002").orElseThrow().organization())
          .isEqualTo("quietlab");
    }
  }

  @Test
  void theLinksApiTakesJsonFromAnAdminTokenAndRefusesOthers() throws Exception {
    try (Site site = Site.start(dir)) {
      site.quire
          .paperStore()
          .saveOrganization(new dev.quire.paper.Organization("lab", "Lab", null, null));
      Visitor user = site.member("user");
      user.get("/");
      Visitor.Page refused =
          user.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(site.base + "/api/papers/2608.10002/links"))
                  .header("X-CSRF-Token", user.csrf())
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"organization\":\"lab\"}")));
      assertThat(refused.status()).isEqualTo(403);

      site.quire.accounts().setAdmin("user@example.org", true);
      Visitor admin = site.visitor();
      admin.signIn("user@example.org", Site.PASSWORD);
      admin.get("/");
      Visitor.Page linked =
          admin.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(site.base + "/api/papers/2608.10002/links"))
                  .header("X-CSRF-Token", admin.csrf())
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"organization\":\"lab\"}")));
      assertThat(linked.status()).as(linked.body()).isEqualTo(200);
      assertThat(linked.body()).contains("\"organization\":\"lab\"");
      Visitor.Page unknown =
          admin.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create(site.base + "/api/papers/2608.10002/links"))
                  .header("X-CSRF-Token", admin.csrf())
                  .header("Content-Type", "application/json")
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          "{\"organization\":\"nope\"}")));
      assertThat(unknown.status()).isEqualTo(404);
    }
  }
}
