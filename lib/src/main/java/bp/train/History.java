package bp.train;

import java.util.ArrayList;
import java.util.List;

/** The growing record of a run: one {@link Epoch} per finished epoch and, when asked, one {@link Step} per step. */
final class History {

    private final List<Epoch> epochs = new ArrayList<>();
    private final List<Step> steps;

    History(boolean recordSteps) {
        this.steps = recordSteps ? new ArrayList<>() : null;
    }

    /** A finished epoch; {@code validation} is null when there is no validation set. */
    void epoch(int n, Evaluation train, Evaluation validation) {
        epochs.add(Epoch.of(n, train, validation));
    }

    /** The mean Err of the batch an update step was computed from. */
    void step(int epochNumber, double err) {
        if (steps != null) {
            steps.add(new Step(steps.size() + 1, epochNumber, err));
        }
    }

    /** The epochs so far, as a list later epochs do not change. */
    List<Epoch> epochs() {
        return List.copyOf(epochs);
    }

    /** The steps so far, or null when they are not recorded. */
    List<Step> steps() {
        return steps == null ? null : List.copyOf(steps);
    }
}
