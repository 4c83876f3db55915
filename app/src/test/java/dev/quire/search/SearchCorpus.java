package dev.quire.search;

import dev.quire.paper.Author;
import dev.quire.paper.Organization;
import dev.quire.paper.Paper;
import dev.quire.paper.PaperBuilder;
import dev.quire.paper.PaperStore;
import java.time.Instant;
import java.util.List;

/** Five hand-made papers whose rankings the search tests know by heart. */
public final class SearchCorpus {
  public static final Organization GOOGLE = new Organization("google", "Google", null, null);

  private SearchCorpus() {}

  public static Paper paper(
      String id,
      String title,
      String abstractText,
      List<String> authors,
      List<String> cats,
      String published,
      int upvotes) {
    return PaperBuilder.paper(id)
        .title(title)
        .abstractText(abstractText)
        .authors(authors.stream().map(Author::named).toList())
        .categories(cats)
        .primaryCategory(cats.get(0))
        .publishedAt(Instant.parse(published + "T12:00:00Z"))
        .upvotes(upvotes)
        .build();
  }

  public static List<Paper> papers() {
    return List.of(
        paper(
            "2501.00001",
            "Sparse Attention for Long Documents",
            "We make attention sparse so that transformers read long documents.",
            List.of("Ada Lovelace"),
            List.of("cs.CL"),
            "2025-01-10",
            5),
        paper(
                "2502.00002",
                "Image Editing with Diffusion Models",
                "Diffusion models edit images from text instructions, <b>bold</b> & safe.",
                List.of("Grace Hopper"),
                List.of("cs.CV"),
                "2025-02-10",
                50)
            .toBuilder()
            .organization("google")
            .build(),
        paper(
            "2503.00003",
            "Editing Images Quickly",
            "A fast method for image and video editing with diffusion.",
            List.of("Alan Turing"),
            List.of("cs.CV"),
            "2025-03-10",
            1),
        paper(
            "2601.00004",
            "Graph Neural Networks for Molecules",
            "Message passing networks predict molecular properties.",
            List.of("Marie Curie"),
            List.of("cs.LG", "q-bio.BM"),
            "2026-01-05",
            20),
        paper(
            "2602.00005",
            "Attention Is Not All You Need for Graphs",
            "We study attention in graph networks.",
            List.of("Ada Lovelace", "Alan Turing"),
            List.of("cs.LG"),
            "2026-02-01",
            0));
  }

  public static void store(PaperStore repo) {
    repo.writeBatch(List.of(GOOGLE), papers(), List.of());
  }
}
