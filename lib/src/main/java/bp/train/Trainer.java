package bp.train;

import bp.Require;
import bp.data.DataSet;
import bp.data.Shuffle;
import bp.descent.Update;
import bp.general.Gradients;
import bp.general.Network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Gradient descent over a data set, using the loop-form {@link Network#backprop} for every sample.
 *
 * <pre>{@code
 * TrainingResult r = new Trainer().eta(0.2).epochs(300).validation(val).train(net, train);
 * }</pre>
 *
 * <p>Each step takes a batch of K samples, adds up their gradients ΔW = Σ ∂Err/∂W (《机器学习之神经网络bp算法推导》's
 * ΔW += δ oᵀ) and updates once: W ← W − η[(1/K)ΔW + λW], b ← b − η(1/K)Δb. K = 1 is per-sample
 * (stochastic) gradient descent as in 《BP-Algorithm》, K = the data set's size is full-batch gradient
 * descent, anything between is mini-batch. λ (weight decay) pulls the weights towards 0; the
 * biases are not decayed.
 *
 * <p>The run stops early, without an exception, when the loss becomes NaN or infinite
 * ({@link TrainingResult#diverged()}) or when the thread is interrupted, which is what IJava's
 * stop button does ({@link TrainingResult#interrupted()}). IJava then drops the cell's result, so
 * {@link #last()} keeps the latest run (network and history so far) for the next cell.
 *
 * <p>η may change during training: {@link #schedule(Schedule)} (step decay, 1/t) instead of
 * {@link #eta(double)}. Progress goes to {@link TrainingListener}s: the ones added with
 * {@link #listener} and, unless {@code progress(false)}, one from each
 * {@link TrainingListener.Provider} on the class path (the notebook's live progress line).
 * Defaults: η = 0.1, 100 epochs, K = 1, λ = 0, samples in the data set's order every epoch (as
 * the Iris project of 《BP-Algorithm》, which shuffles once before splitting).
 */
public final class Trainer {

    private static volatile Run lastRun;

    private Schedule schedule = Schedule.constant(0.1);
    private int epochs = 100;
    private int batchSize = 1;
    private double lambda = 0;
    private Long shuffleSeed;
    private DataSet validation;
    private boolean recordSteps;
    private boolean progress = true;
    private final List<TrainingListener> listeners = new ArrayList<>();

    /** The learning rate η > 0, the same in every epoch. */
    public Trainer eta(double eta) {
        this.schedule = Schedule.constant(eta);
        return this;
    }

    /** η that changes from epoch to epoch, e.g. {@link Schedule#stepDecay} or {@link Schedule#inverseTime}. */
    public Trainer schedule(Schedule schedule) {
        this.schedule = Require.notNull("schedule", schedule, "give e.g. Schedule.stepDecay(2.0, 0.5, 50), or use eta(…)");
        return this;
    }

    /** Also tells {@code listener} after every epoch and at the end of every run. */
    public Trainer listener(TrainingListener listener) {
        listeners.add(Require.notNull("listener", listener, "give a TrainingListener"));
        return this;
    }

    /** How many passes over the training data, at least 1. */
    public Trainer epochs(int epochs) {
        this.epochs = Require.atLeastOne("epochs", epochs);
        return this;
    }

    /** K samples per update: 1 = per-sample SGD, more = mini-batch (a K above the data size = full batch). */
    public Trainer batchSize(int k) {
        this.batchSize = Require.atLeastOne("batch size K", k);
        return this;
    }

    /** Every update uses the whole training set: batch gradient descent. */
    public Trainer fullBatch() {
        this.batchSize = Integer.MAX_VALUE;
        return this;
    }

    /** Weight decay λ ≥ 0: the λW term of W ← W − η[(1/K)ΔW + λW]. */
    public Trainer lambda(double lambda) {
        this.lambda = Require.nonNegative("λ (lambda, weight decay)", lambda);
        return this;
    }

    /** A new sample order every epoch, drawn from {@code seed} (the same seed repeats the run). */
    public Trainer shuffleEachEpoch(long seed) {
        this.shuffleSeed = seed;
        return this;
    }

    /** Samples in the data set's order every epoch (the default, as 《BP-Algorithm》). */
    public Trainer noShuffle() {
        this.shuffleSeed = null;
        return this;
    }

    /** Measures loss and accuracy on {@code data} after every epoch (the val_ columns). */
    public Trainer validation(DataSet data) {
        this.validation = Require.notNull("validation data", data, "pass a DataSet, or leave validation out");
        return this;
    }

    /** Also keeps the Err of every update step ({@link TrainingResult#steps()}). */
    public Trainer recordSteps() {
        this.recordSteps = true;
        return this;
    }

    /** Whether the class path's progress display (a live line in IJava for runs over 2 s) hears the run; on by default. */
    public Trainer progress(boolean on) {
        this.progress = on;
        return this;
    }

    /** Trains {@code net} in place on {@code data}; see the class comment for when it stops early. */
    public TrainingResult train(Network net, DataSet data) {
        Metrics.requireFits(net, data, "training data");
        if (validation != null) {
            Metrics.requireFits(net, validation, "validation data");
        }
        Run run = new Run(net, data);
        lastRun = run;
        return run.all();
    }

    /**
     * The latest run of any Trainer in this JVM, as far as it got: after Kernel → Interrupt the
     * cell's {@code var run = trainer.train(…)} is gone, but {@code Trainer.last()} still gives
     * the partial history and {@code Trainer.last().network()} the network trained so far.
     */
    public static TrainingResult last() {
        Run run = lastRun;
        if (run == null) {
            throw new IllegalStateException("no training run yet in this kernel: call new Trainer()….train(net, data) first");
        }
        return run.result();
    }

    @Override
    public String toString() {
        return "Trainer[" + schedule + ", " + epochs + " epochs, K = "
                + (batchSize == Integer.MAX_VALUE ? "all" : batchSize) + ", λ = " + lambda
                + (shuffleSeed == null ? ", no shuffle" : ", shuffle seed " + shuffleSeed) + "]";
    }

    /** One training run: the network, its data, and the state that lives as long as the run. */
    private final class Run {
        private final Network net;
        private final DataSet data;
        private final Random random;
        private final GradientSum sum;
        private final Gradients room;      // every sample's backprop writes here: no allocation per sample
        private final History history = new History(recordSteps);
        private final List<TrainingListener> hearing = listenersOfThisRun();
        private volatile Divergence divergence;
        private volatile boolean interrupted;
        private double eta;

        Run(Network net, DataSet data) {
            this.net = net;
            this.data = data;
            this.random = shuffleSeed == null ? null : new Random(shuffleSeed);
            this.sum = new GradientSum(net);
            this.room = Gradients.sizedFor(net);
        }

        TrainingResult all() {
            for (int epoch = 1; epoch <= epochs; epoch++) {
                if (!epoch(epoch)) {
                    break;
                }
            }
            TrainingResult result = result();
            hearing.forEach(l -> l.finished(result));
            return result;
        }

        /** What the run has so far (a copy: a run still going on does not change it later). */
        synchronized TrainingResult result() {
            return new TrainingResult(net, epochs, history.epochs(), history.steps(), divergence, interrupted);
        }

        /** One pass over the data, batch by batch; false when the run must stop. */
        private boolean epoch(int epoch) {
            int[] order = random == null ? inOrder(data.size()) : Shuffle.order(data.size(), random);
            int K = Math.min(batchSize, data.size());
            eta = schedule.eta(epoch);
            int step = 0;
            for (int start = 0; start < order.length; start += K) {
                if (Thread.interrupted()) {
                    interrupted = true;
                    return false;
                }
                step++;
                int end = Math.min(start + K, order.length);
                Gradients batch = batchGradient(order, start, end);
                double err = batch.err / (end - start);
                if (!Double.isFinite(err)) {
                    divergence = new Divergence(epoch, step, err, eta);
                    return false;
                }
                update(batch, end - start);
                synchronized (this) {
                    history.step(epoch, err);
                }
            }
            return measure(epoch, step);
        }

        /** ΔW = Σ_k ∂Err_k/∂W and Δb over the batch, with err = Σ_k Err_k; for one sample, its own gradient. */
        private Gradients batchGradient(int[] order, int start, int end) {
            if (end - start == 1) {
                return net.backprop(data.x[order[start]], data.y[order[start]], room);
            }
            sum.clear();
            for (int n = start; n < end; n++) {
                sum.add(net.backprop(data.x[order[n]], data.y[order[n]], room));
            }
            return sum.total();
        }

        /** Text 004: W ← W − η[(1/K)ΔW + λW], b ← b − η(1/K)Δb; biases are not decayed. */
        private void update(Gradients batch, int K) {
            double oneOverK = 1.0 / K;
            for (int m = 1; m <= net.outputLayer(); m++) {
                double[][] w = net.w[m];
                for (int j = 0; j < w.length; j++) {
                    for (int i = 0; i < w[j].length; i++) {
                        w[j][i] = Update.step(w[j][i], eta, oneOverK * batch.dW[m][j][i] + lambda * w[j][i]);
                    }
                }
                double[] b = net.b[m];
                for (int k = 0; k < b.length; k++) {
                    b[k] = Update.step(b[k], eta * oneOverK, batch.dB[m][k]);
                }
            }
        }

        /** Loss and accuracy after the epoch, into the history; false if the loss diverged. */
        private boolean measure(int epoch, int lastStep) {
            Evaluation train = Metrics.evaluate(net, data);
            if (!Double.isFinite(train.loss())) {
                divergence = new Divergence(epoch, lastStep, train.loss(), eta);
                return false;
            }
            Evaluation val = validation == null ? null : Metrics.evaluate(net, validation);
            synchronized (this) {
                history.epoch(epoch, train, val);
            }
            hearing.forEach(l -> l.epochEnded(epoch, epochs, train, val));
            return true;
        }
    }

    /** The listeners added by hand and, with progress on, one new listener from each provider. */
    private List<TrainingListener> listenersOfThisRun() {
        List<TrainingListener> all = new ArrayList<>(listeners);
        if (progress) {
            for (TrainingListener.Provider p : Providers.FOUND) {
                all.add(p.newRun());
            }
        }
        return all;
    }

    /**
     * The progress providers on the class path, looked up once: a display that cannot be found
     * (e.g. the jar was rebuilt under a running kernel) means no progress line, never a failed run.
     */
    private static final class Providers {
        static final List<TrainingListener.Provider> FOUND = find();

        private static List<TrainingListener.Provider> find() {
            List<TrainingListener.Provider> found = new ArrayList<>();
            try {
                ServiceLoader.load(TrainingListener.Provider.class, Trainer.class.getClassLoader()).forEach(found::add);
            } catch (ServiceConfigurationError | LinkageError e) {
                return List.of();
            }
            return List.copyOf(found);
        }
    }

    private static int[] inOrder(int n) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        return order;
    }
}
