package dev.schemagate.core.gitlab;

/**
 * What became of a merge-request note. Never an exception: a note that could not be posted is a
 * warning, and the build's verdict does not depend on it.
 *
 * @param published whether the note now holds the body
 * @param message   what happened; when not published, the reason and what to change
 */
public record NoteResult(boolean published, String message) {

    static NoteResult published(String message) {
        return new NoteResult(true, "Merge-request note: " + message);
    }

    static NoteResult warning(String message) {
        return new NoteResult(false, "Merge-request note not published: " + message);
    }
}
