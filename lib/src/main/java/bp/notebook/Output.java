package bp.notebook;

/** Somewhere a line of text can be shown and later replaced: a notebook cell's output area. */
interface Output {

    /** Shows {@code text}; returns an id to update it with, or null if it could not be shown. */
    String show(String text);

    /** Replaces what {@link #show} showed under {@code id}. */
    void update(String id, String text);
}
