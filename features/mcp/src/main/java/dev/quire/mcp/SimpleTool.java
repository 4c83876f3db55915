package dev.quire.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A tool given by its definition and a function of the call. */
final class SimpleTool implements McpTool {
  private final McpSchema.Tool definition;
  private final Function<ToolCall, Object> body;

  private SimpleTool(McpSchema.Tool definition, Function<ToolCall, Object> body) {
    this.definition = definition;
    this.body = body;
  }

  /**
   * A tool; {@code properties} maps argument names to JSON-schema properties ({@link
   * ToolArgs#property}), {@code required} names the required ones.
   */
  static SimpleTool of(
      String name,
      String title,
      String description,
      boolean readOnly,
      Map<String, Object> properties,
      List<String> required,
      Function<ToolCall, Object> body) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    McpSchema.Tool tool =
        McpSchema.Tool.builder()
            .name(name)
            .title(title)
            .description(description)
            .inputSchema(schema)
            .annotations(new McpSchema.ToolAnnotations(title, readOnly, false, true, false, null))
            .build();
    return new SimpleTool(
        tool,
        call -> {
          call.args().onlyKnown(properties.keySet());
          return body.apply(call);
        });
  }

  @Override
  public McpSchema.Tool definition() {
    return definition;
  }

  @Override
  public Object call(ToolCall call) {
    return body.apply(call);
  }
}
