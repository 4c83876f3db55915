package dev.quire.web.view;

import gg.jte.Content;

/**
 * One comment as the paper page shows it.
 *
 * @param id comment id, for its anchor and forms
 * @param author author's name
 * @param html the rendered safe Markdown
 * @param posted when it was posted, as ISO-8601 text
 * @param edited whether it was edited
 * @param hidden whether an admin hid it (only admins see hidden comments)
 * @param mine whether the reader wrote it (may edit and delete)
 * @param moderator whether the reader is an admin (may hide, show and delete)
 */
public record CommentView(
    String id,
    String author,
    Content html,
    String posted,
    boolean edited,
    boolean hidden,
    boolean mine,
    boolean moderator) {}
