#!/usr/bin/env python3
"""Writes a BEIR-format "find the paper from a description" set from the Hugging Face daily dumps.

Every distinct paper in the dumps with a title and an abstract becomes a document (title + abstract).
Hugging Face attaches a one-sentence AI-written summary to most papers (`paper.ai_summary`); a seeded
sample of Q of them become queries, each relevant to its own paper only (grade 1). The summaries
paraphrase the abstract, so this set rewards understanding meaning more than the title known-item set.
Usage: scripts/summary-beir.py ../shared/data/hf-daily-papers OUT_DIR Q
"""
import glob, json, os, random, sys

src, out, q = sys.argv[1], sys.argv[2], int(sys.argv[3])
papers = {}
for path in sorted(glob.glob(os.path.join(src, "*.json"))):
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (ValueError, OSError):
        continue  # the dumps hold a few damaged files; the importer reports them
    if isinstance(data, dict):
        data = data.get("data", [])
    for entry in data if isinstance(data, list) else []:
        p = entry.get("paper") if isinstance(entry, dict) else None
        if not isinstance(p, dict) or not p.get("id"):
            continue
        title = " ".join((p.get("title") or "").split())
        abstract = " ".join((p.get("summary") or "").split())
        summary = " ".join((p.get("ai_summary") or "").split())
        if title and abstract:
            papers[p["id"]] = (title, abstract, summary)
ids = sorted(papers)
rng = random.Random(20260904)
with_summary = [i for i in ids if papers[i][2]]
queries = sorted(rng.sample(with_summary, min(q, len(with_summary))))
os.makedirs(os.path.join(out, "qrels"), exist_ok=True)
with open(os.path.join(out, "corpus.jsonl"), "w") as c:
    for pid in ids:
        title, abstract, _ = papers[pid]
        c.write(json.dumps({"_id": "d" + pid, "title": title, "text": abstract}) + "\n")
with open(os.path.join(out, "queries.jsonl"), "w") as qs, open(os.path.join(out, "qrels", "test.tsv"), "w") as qr:
    qr.write("query-id\tcorpus-id\tscore\n")
    for pid in queries:
        qs.write(json.dumps({"_id": "q" + pid, "text": papers[pid][2]}) + "\n")
        qr.write(f"q{pid}\td{pid}\t1\n")
print(f"{len(ids)} documents, {len(queries)} queries (seed 20260904) in {out}")
