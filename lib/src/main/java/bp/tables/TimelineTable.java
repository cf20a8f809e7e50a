package bp.tables;

import bp.history.Milestone;
import bp.history.Timeline;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** The timeline of chapter 6 as a table: one row per milestone, oldest first. */
public final class TimelineTable {

    private TimelineTable() {
    }

    /** The book's milestones with the columns year, who, milestone and work. */
    public static Table of() {
        return of(Timeline.milestones());
    }

    /** Any list of milestones with the columns year, who, milestone and work. */
    public static Table of(List<Milestone> milestones) {
        if (milestones == null || milestones.isEmpty()) {
            throw new IllegalArgumentException("milestones = " + milestones + ": give at least one");
        }
        return Table.create("From BP to deep learning",
                IntColumn.create("year", milestones.stream().mapToInt(Milestone::year).toArray()),
                StringColumn.create("who", milestones.stream().map(Milestone::who).toList()),
                StringColumn.create("milestone", milestones.stream().map(Milestone::milestone).toList()),
                StringColumn.create("work", milestones.stream().map(Milestone::work).toList()));
    }
}
