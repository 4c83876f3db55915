package dev.quire.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server (Model Context Protocol, Streamable HTTP transport) of the official Java SDK, run
 * stateless: every JSON-RPC request is one POST answered with one JSON body, so no session lives on
 * the server and any server process of a cluster can answer. The web layer hands each request to
 * {@link #handle} with the caller resolved.
 */
public final class McpEndpoint {
  /** JSON-RPC error code of a tool that needs the reader's API token (server-defined range). */
  public static final int UNAUTHORIZED = -32001;

  private static final Logger LOG = LoggerFactory.getLogger(McpEndpoint.class);
  private static final String READER = "quire.mcp.reader";

  private final HttpServletStatelessServerTransport transport;
  private final McpStatelessSyncServer server;
  private final ObjectMapper json = new ObjectMapper();

  public McpEndpoint(List<McpTool> tools, String siteName) {
    McpJsonMapper mapper = new JacksonMcpJsonMapper(json);
    this.transport =
        HttpServletStatelessServerTransport.builder()
            .jsonMapper(mapper)
            .messageEndpoint("/mcp")
            .maxRequestSize(1_000_000)
            .contextExtractor(req -> McpTransportContext.create(Map.of(READER, reader(req))))
            .build();
    McpServer.StatelessSyncSpecification spec =
        McpServer.sync(transport)
            .serverInfo("quire", "1")
            .instructions(
                siteName
                    + " is a research-papers hub. Search papers, read them as Markdown, list a"
                    + " day's or trending papers, and, with the reader's API token, keep papers in"
                    + " their collections. Every result carries the paper's id and its URL here.")
            .jsonMapper(mapper)
            .validateToolInputs(false)
            .immediateExecution(true)
            .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build());
    for (McpTool tool : tools) {
      spec.toolCall(tool.definition(), (ctx, request) -> run(tool, ctx, request));
    }
    this.server = spec.build();
  }

  /** Answers one MCP request for this caller. */
  public void handle(HttpServletRequest req, HttpServletResponse res, McpReader reader)
      throws ServletException, IOException {
    req.setAttribute(READER, reader);
    transport.service(req, res);
  }

  /** The tools as {@code tools/list} shows them. */
  public List<McpSchema.Tool> tools() {
    return server.listTools();
  }

  private static McpReader reader(HttpServletRequest req) {
    return (McpReader) req.getAttribute(READER);
  }

  private McpSchema.CallToolResult run(
      McpTool tool, McpTransportContext ctx, McpSchema.CallToolRequest request) {
    ToolCall call = ToolCall.of(request.arguments(), (McpReader) ctx.get(READER));
    Object result;
    try {
      result = tool.call(call);
    } catch (ToolArgs.BadArgument e) {
      throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
          .message(e.getMessage())
          .data(Map.of("argument", e.argument()))
          .build();
    } catch (ToolCall.Unauthorized e) {
      throw McpError.builder(UNAUTHORIZED).message(e.getMessage()).build();
    } catch (RuntimeException e) {
      LOG.error("MCP tool {} failed", tool.definition().name(), e);
      throw McpError.builder(McpSchema.ErrorCodes.INTERNAL_ERROR)
          .message("internal error; the server log has the details")
          .build();
    }
    if (result instanceof String text) {
      return McpSchema.CallToolResult.builder().addTextContent(text).build();
    }
    try {
      return McpSchema.CallToolResult.builder()
          .structuredContent(result)
          .addTextContent(json.writeValueAsString(result))
          .build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the result of " + tool.definition().name(), e);
    }
  }
}
