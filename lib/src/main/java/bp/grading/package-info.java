/**
 * Grading support: how the grader hands an exercise's calls to the student's code, and the
 * student's answers back, as plain data.
 *
 * <p>Student code runs in its own sandboxed kernel, where it could forge anything the JVM
 * reports. So no verdict is ever taken from that kernel. Instead, for every check cell:
 * <ol>
 *   <li>{@link Calls} in <em>collect</em> mode runs the master notebook (no student code) and
 *       records each call a check makes to an answer method, with its arguments;</li>
 *   <li>{@link Answers}, in the student's kernel, calls the student's own methods with those
 *       arguments and writes the results to a tape (numbers, arrays, or what was thrown);</li>
 *   <li>{@link Calls} in <em>replay</em> mode runs the master notebook again, its answer methods
 *       returning the taped values; the checks judge them there, out of the student's reach.</li>
 * </ol>
 * The tape is read by {@link Tape}, which accepts only the few value types answers have.
 */
package bp.grading;
