package dev.quire.web;

/**
 * The controllers of issue 16 (open to every client: MCP, feeds, OpenAPI, data export), bound by
 * {@link Routes}.
 */
record ClientControllers(
    McpController mcp,
    HfHubApiController hfHub,
    ListFeedController listFeeds,
    FeedValidation feedValidation,
    OpenApiController openApi,
    MyDataController myData) {}
