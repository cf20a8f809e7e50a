package bp.exercise;

/**
 * An exercise check that did not pass: "✗ ch2-dw4: … Hint: …". It carries no stack trace, so
 * the notebook shows the learner the message and hint, not the insides of the checker.
 */
public final class CheckFailed extends AssertionError {

    private static final long serialVersionUID = 1L;

    CheckFailed(String message) {
        super(message);
        setStackTrace(new StackTraceElement[0]);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
