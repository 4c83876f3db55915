package dev.quire.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arXiv ids of BibTeX entries as Zotero, Google Scholar and DOI exports write them. */
class BibtexReaderTest {
  @Test
  void idsComeFromEprintsUrlsDoisAndJournalFields() {
    List<BibtexReader.Entry> entries =
        BibtexReader.read(
            """
            @comment{ignored {nested} text}
            @article{zotero, eprint = {2504.08385}, eprinttype = {arxiv}}
            @misc{scholar, title = "A \\"quoted\\" title", journal = {arXiv preprint arXiv:2505.01234v2}}
            @article(parens, doi = {10.48550/arXiv.2401.00001})
            @inproceedings{old, url = {https://arxiv.org/abs/hep-th/9901001}}
            @article{pubmed, eprint = {12345}, archivePrefix = {PubMed}}
            """);
    assertThat(entries)
        .extracting(e -> e.key() + "=" + (e.arxivId() != null ? e.arxivId() : e.problem()))
        .containsExactly(
            "zotero=2504.08385",
            "scholar=2505.01234",
            "parens=2401.00001",
            "old=hep-th/9901001",
            "pubmed=no arXiv eprint, URL or DOI");
  }
}
