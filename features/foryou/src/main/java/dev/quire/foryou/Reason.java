package dev.quire.foryou;

/**
 * Why a paper is suggested, in a few words around one named thing: "like <em>X</em> you upvoted",
 * "by <em>Ada Lovelace</em>, an author you follow".
 *
 * @param lead words before the named thing
 * @param subject the named thing (a title, a name, a query), shown emphasised; may be empty
 * @param tail words after it
 */
public record Reason(String lead, String subject, String tail) {
  /** The reason as plain text, the subject in quotes. */
  public String text() {
    String s = subject.isEmpty() ? "" : "“" + subject + "”";
    return (lead + " " + s + tail).replaceAll("\\s+", " ").strip();
  }
}
