package bp.charts;

import bp.notebook.LiveProgress;
import bp.train.Evaluation;
import bp.train.TrainingListener;
import bp.train.TrainingResult;

/**
 * The live progress line of a training run in IJava ({@code epoch 120/300  loss 0.0831  acc 0.950
 * val acc 0.950}), shown once a run lasts over 2 s. Registered as a
 * {@link TrainingListener.Provider}, so every {@link bp.train.Trainer} with progress on uses it
 * while the trainer itself knows nothing about notebooks.
 */
public final class TrainingProgressLine implements TrainingListener {

    private final LiveProgress live = LiveProgress.start();

    /** The provider the trainer finds on the class path (META-INF/services). */
    public static final class Provider implements TrainingListener.Provider {
        @Override
        public TrainingListener newRun() {
            return new TrainingProgressLine();
        }
    }

    @Override
    public void epochEnded(int epoch, int plannedEpochs, Evaluation train, Evaluation validation) {
        live.report(() -> line(epoch, plannedEpochs, train, validation));
    }

    @Override
    public void finished(TrainingResult result) {
        live.finish(result.toString());
    }

    static String line(int epoch, int plannedEpochs, Evaluation train, Evaluation validation) {
        String s = String.format("epoch %d/%d  loss %.4g  acc %.3f", epoch, plannedEpochs, train.loss(), train.accuracy());
        return validation == null ? s : s + String.format("  val acc %.3f", validation.accuracy());
    }
}
