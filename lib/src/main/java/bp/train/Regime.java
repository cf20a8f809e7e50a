package bp.train;

/**
 * What a run does late in training, the four outcomes of chapter 1's η story:
 * it settles, it keeps swinging (振荡: |1 − η·curvature| near or above 1 on some samples),
 * it saturates (a huge first step pushed the sigmoids flat, f' ≈ 0, and nothing moves), or it
 * diverges (the loss became NaN or ∞, possible only where the outputs are not bounded).
 */
public enum Regime {
    SETTLES, SWINGS, SATURATES, DIVERGES;

    /**
     * The regime of {@code run} judged over epochs {@code from..to}: DIVERGES if it diverged;
     * SATURATES if the loss stayed above {@code stuckAbove} in the whole window (a level a
     * network that learned gets below, e.g. the loss of the untrained network); SWINGS if the
     * loss rose in more than {@code maxRises} epochs of the window; SETTLES otherwise.
     */
    public static Regime of(TrainingResult run, int from, int to, int maxRises, double stuckAbove) {
        if (run.diverged()) {
            return DIVERGES;
        }
        Swing s = Swing.of(run, from, to);
        if (s.lossMin() > stuckAbove) {
            return SATURATES;
        }
        return s.lossRises() > maxRises ? SWINGS : SETTLES;
    }
}
