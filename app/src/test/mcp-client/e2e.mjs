// End-to-end check of Quire's MCP server with the official TypeScript SDK, run by McpClientTest.
// Environment: MCP_URL (…/mcp), MCP_BASE (the server's configured base URL), MCP_TOKEN (a reader's write-scoped API token), MCP_READ_TOKEN (a
// read-scoped one of the same reader), MCP_PAPER (an arXiv id on the
// server), MCP_DATE (a featured day), MCP_COLLECTION (a collection of the token's reader).
// Lists the tools, calls every one, checks what a client would rely on, and prints one JSON line
// with what it saw; exits non-zero at the first failed check.
import assert from "node:assert/strict";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { McpError } from "@modelcontextprotocol/sdk/types.js";

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const url = env("MCP_URL");
const base = env("MCP_BASE"); // the server's configured base URL, which every link must use
const paper = env("MCP_PAPER");

async function connect(token) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};
  const transport = new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } });
  const client = new Client({ name: "quire-e2e", version: "1.0.0" });
  await client.connect(transport);
  return client;
}

const called = [];
async function call(client, name, args) {
  called.push(name);
  const result = await client.callTool({ name, arguments: args });
  assert.notEqual(result.isError, true, `${name} failed: ${JSON.stringify(result.content)}`);
  return result;
}

async function mcpError(client, name, args) {
  called.push(name);
  try {
    const result = await client.callTool({ name, arguments: args });
    assert.fail(`${name}(${JSON.stringify(args)}) should fail, got ${JSON.stringify(result)}`);
  } catch (e) {
    assert.ok(e instanceof McpError, `${name}: expected an McpError, got ${e}`);
    return { code: e.code, message: e.message };
  }
}

function checkPapers(name, result) {
  const papers = result.structuredContent.papers;
  assert.ok(Array.isArray(papers), `${name}: no papers list`);
  for (const p of papers) {
    assert.equal(p.url, `${base}/papers/${p.id}`, `${name}: URL of ${p.id}`);
  }
  assert.deepEqual(JSON.parse(result.content[0].text), result.structuredContent, `${name}: text = JSON`);
  return papers.map((p) => p.id);
}

const anonymous = await connect(null);
const reader = await connect(env("MCP_TOKEN"));
const tools = (await anonymous.listTools()).tools.map((t) => t.name).sort();
const seen = {};

seen.search_papers = checkPapers("search_papers", await call(anonymous, "search_papers", { query: "attention", limit: 5 }));
const got = await call(anonymous, "get_paper", { id: paper });
assert.equal(got.structuredContent.id, paper);
assert.equal(got.structuredContent.url, `${base}/papers/${paper}`);
seen.get_paper = got.structuredContent.title;
const md = await call(anonymous, "get_paper_markdown", { id: paper });
assert.match(md.content[0].text, /^# /, "Markdown starts with the title");
assert.ok(md.content[0].text.includes(`${base}/papers/${paper}`), "Markdown links back here");
seen.get_paper_markdown = md.content[0].text.split("\n")[0];
seen.list_papers = checkPapers("list_papers", await call(anonymous, "list_papers", { date: env("MCP_DATE") }));
seen.trending_papers = checkPapers("trending_papers", await call(anonymous, "trending_papers", { limit: 3 }));
seen.similar_papers = checkPapers("similar_papers", await call(anonymous, "similar_papers", { id: paper, limit: 3 }));

const collection = env("MCP_COLLECTION");
const added = await call(reader, "add_paper_to_collection", { collection, paper_id: paper });
assert.equal(added.structuredContent.added, paper);
const mine = await call(reader, "list_my_collections", {});
seen.list_my_collections = mine.structuredContent.collections.map((c) => ({
  id: c.id, url: c.url, papers: c.papers.map((p) => p.id),
}));
const removed = await call(reader, "remove_paper_from_collection", { collection, paper_id: paper });
assert.equal(removed.structuredContent.removed, paper);
seen.for_you = checkPapers("for_you", await call(reader, "for_you", { date: env("MCP_DATE"), limit: 5 }));

seen.badLimit = await mcpError(anonymous, "search_papers", { query: "attention", limit: 5000 });
seen.badId = await mcpError(anonymous, "get_paper", { id: "not-a-paper" });
seen.unauthorisedWrite = await mcpError(anonymous, "add_paper_to_collection", { collection, paper_id: paper });
const readOnly = await connect(env("MCP_READ_TOKEN"));
seen.readTokenWrite = await mcpError(readOnly, "add_paper_to_collection", { collection, paper_id: paper });
seen.readTokenList = (await readOnly.callTool({ name: "list_my_collections", arguments: {} })).structuredContent.count;
await readOnly.close();

await anonymous.close();
await reader.close();
console.log(JSON.stringify({ tools, called: [...new Set(called)].sort(), seen }));
