package dev.quire.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;

/** Calls the JSON API from tests and reads answers as Jackson trees. */
final class ApiClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client;

  ApiClient(HttpClient client) {
    this.client = client;
  }

  /** The JSON body of a GET that must answer 200 with JSON. */
  JsonNode ok(String path) {
    Response r = client.get(path);
    assertThat(r.code()).as("status of GET %s: %s", path, r.body().string()).isEqualTo(200);
    assertThat(header(r, "Content-Type"))
        .as("content type of %s", path)
        .anySatisfy(t -> assertThat(t).startsWith("application/json"));
    return parse(r.body().string());
  }

  /** The {@code error} message of a GET that must answer {@code status} with a JSON error. */
  String error(String path, int status) {
    Response r = client.get(path);
    assertThat(r.code()).as("status of GET %s: %s", path, r.body().string()).isEqualTo(status);
    assertThat(header(r, "Content-Type"))
        .as("content type of %s", path)
        .anySatisfy(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = parse(r.body().string());
    assertThat(body.path("error").isTextual()).as("error field of %s", body).isTrue();
    return body.get("error").asText();
  }

  /** The raw response of a GET. */
  Response get(String path) {
    return client.get(path);
  }

  /** The values of a response header; empty when it is absent. */
  static List<String> header(Response r, String name) {
    List<String> values = r.headers().get(name);
    return values == null ? List.of() : values;
  }

  /** The origin (scheme, host and port) the test server listens on. */
  String origin() {
    return client.getOrigin();
  }

  /** The paper ids of a daily_papers answer, in order. */
  static List<String> dailyIds(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(e -> ids.add(e.path("paper").path("id").asText()));
    return ids;
  }

  /** The ids of a papers answer, in order. */
  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(e -> ids.add(e.path("id").asText()));
    return ids;
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }
}
