package bp.history;

/**
 * One step on the road from the first artificial neuron to deep learning (chapter 6 of the book):
 * the year, who did it, the work it appeared in and what it changed.
 */
public record Milestone(int year, String who, String work, String milestone) {

    public Milestone {
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("year " + year + ": expected a year between 1900 and 2100");
        }
        who = text("who", who);
        work = text("work", work);
        milestone = text("milestone", milestone);
    }

    private static String text(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " = \"" + value + "\": expected a non-empty text");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        return year + "  " + who + ": " + milestone;
    }
}
