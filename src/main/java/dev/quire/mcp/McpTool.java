package dev.quire.mcp;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * One tool of the MCP server. A new tool (e.g. the reader's For you list) is one class implementing
 * this and one line in {@link QuireTools#all}.
 */
public interface McpTool {
  /** Name, description and input schema as {@code tools/list} shows them. */
  McpSchema.Tool definition();

  /**
   * Runs the tool. Returns a JSON-shaped object (maps, lists, strings, numbers) sent as structured
   * content and as JSON text, or a {@link String} sent as text only; a {@link ToolArgs.BadArgument}
   * or {@link ToolCall#reader()} failure becomes an MCP error.
   */
  Object call(ToolCall call);
}
