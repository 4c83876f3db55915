package dev.quire.mcp;

import io.modelcontextprotocol.spec.McpSchema;

/**
 * One tool of the MCP server. A new tool is one class implementing this (or a {@link SimpleTool})
 * and one line in {@link QuireTools#all}.
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
