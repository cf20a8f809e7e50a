package bp.train;

/**
 * Hears how a {@link Trainer} run goes, e.g. to show a progress line. The trainer belongs to the
 * mathematics and shows nothing itself; a listener turns what it hears into a display.
 */
public interface TrainingListener {

    /**
     * After every finished epoch.
     *
     * @param validation null when the trainer has no validation set
     */
    void epochEnded(int epoch, int plannedEpochs, Evaluation train, Evaluation validation);

    /** Once, when the run ends for any reason (done, diverged or interrupted). */
    void finished(TrainingResult result);

    /**
     * Makes one listener per run. Found with {@link java.util.ServiceLoader} on the trainer's own
     * class path, so the notebook display can register itself without the trainer knowing it.
     */
    interface Provider {
        TrainingListener newRun();
    }
}
