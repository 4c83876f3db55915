#!/usr/bin/env python3
"""Writes a BEIR-format known-item set from the Kaggle-layout arXiv listings.

A deterministic sample of N papers (sorted by id, every k-th) becomes the
corpus, each document being a paper's abstract only (empty title); the first Q of them also give a
query: the paper's title. The only relevant document of a query is its own abstract (grade 1).
Usage: scripts/known-item-beir.py ../shared/data/arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz OUT_DIR N Q
"""
import gzip, json, os, random, sys

src, out, n, q = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
papers = []
with gzip.open(src, "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        title = " ".join((r.get("title") or "").split())
        abstract = " ".join((r.get("abstract") or "").split())
        if title and abstract:
            papers.append((r["id"], title, abstract))
papers.sort()
rng = random.Random(20260904)
sample = rng.sample(papers, n)
os.makedirs(os.path.join(out, "qrels"), exist_ok=True)
with open(os.path.join(out, "corpus.jsonl"), "w") as c:
    for pid, title, abstract in sample:
        c.write(json.dumps({"_id": "d" + pid, "title": "", "text": abstract}) + "\n")
with open(os.path.join(out, "queries.jsonl"), "w") as qs, open(os.path.join(out, "qrels", "test.tsv"), "w") as qr:
    qr.write("query-id\tcorpus-id\tscore\n")
    for pid, title, abstract in sample[:q]:
        qs.write(json.dumps({"_id": "q" + pid, "text": title}) + "\n")
        qr.write(f"q{pid}\td{pid}\t1\n")
print(f"{n} documents, {q} queries (seed 20260904) in {out}")
