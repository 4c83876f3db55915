-- SolrCloud sync walks vectors stored since the last one sent, per model, in (created_at, paper_id) order.
CREATE INDEX paper_vectors_created ON paper_vectors (model, created_at, paper_id);
