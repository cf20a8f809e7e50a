package bp.check;

/**
 * How far one kind of book network's closed forms stray from the general network of chapter 5:
 * the largest |closed form − loop form| and |closed form − matrix form| over {@code trials}
 * random networks of that kind.
 *
 * @param network    the name the kind was given, e.g. "2: 2-2-1"
 * @param parameters how many parameters a network of that kind has
 */
public record AgreementWithGeneral(String network, int parameters, int trials,
                                   double maxLoopDifference, double maxMatrixDifference) {
}
