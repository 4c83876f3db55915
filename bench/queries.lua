-- wrk script: GET /search with a rotating list of realistic queries (words, phrases, filters, ids).
local queries = {
  "sparse attention long documents", "\"mixture of experts\"", "diffusion models video generation",
  "author:hinton", "cat:cs.CL retrieval augmented generation", "reinforcement learning from human feedback",
  "graph neural networks molecules", "after:2025-06 vision language models", "quantum error correction",
  "large language model agents tool use", "2503.11742", "org:google reasoning", "speculative decoding",
  "protein structure prediction", "cat:cs.CV 3d gaussian splatting", "low-rank adaptation fine-tuning",
  "benchmark for code generation", "before:2025-01 transformers", "knowledge distillation small models",
  "multimodal chain of thought"
}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local enc = string.gsub(q, "([^%w%-%.%_%~])", function(c) return string.format("%%%02X", string.byte(c)) end)
  return wrk.format("GET", "/search?q=" .. enc)
end
