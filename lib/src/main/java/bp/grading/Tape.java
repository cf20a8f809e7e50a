package bp.grading;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The text form of one answer on the tape: a value of one of the few types answers have
 * (boolean, int, long, double, String, arrays of numbers, and the course's own enums and their
 * arrays), or what the answer threw.
 *
 * <p>Doubles are written as their exact bits, so a replayed answer is the very number the
 * student's code returned. {@link #decode} is strict: the tape comes from the student's
 * sandbox, so anything it does not recognise is rejected, never interpreted.
 */
public final class Tape {

    /** The longest encoded answer accepted (a few hundred thousand numbers). */
    static final int MAX_LENGTH = 4_000_000;

    private Tape() {
    }

    /** What an answer threw, kept as the exception's class name and message. */
    public record Thrown(String type, String message) {
    }

    /** The text form of an answer value; throws IllegalArgumentException for other types. */
    public static String encode(Object value) {
        if (value == null) return "N";
        if (value instanceof Boolean b) return "Z" + b;
        if (value instanceof Integer i) return "I" + i;
        if (value instanceof Long l) return "J" + l;
        if (value instanceof Double d) return "D" + Long.toHexString(Double.doubleToRawLongBits(d));
        if (value instanceof String s) return "S" + text(s);
        if (value instanceof double[] a) return "[D" + doubles(a);
        if (value instanceof int[] a) return "[I" + ints(a);
        if (value instanceof Enum<?> e) return "E" + text(e.getDeclaringClass().getName()) + ":" + e.name();
        if (value instanceof Enum<?>[] values) {
            StringBuilder out = new StringBuilder("[E" + text(values.getClass().getComponentType().getName()) + ":");
            for (int k = 0; k < values.length; k++) out.append(k == 0 ? "" : ",").append(values[k] == null ? "" : values[k].name());
            return out.toString();
        }
        if (value instanceof double[][] rows) {
            StringBuilder out = new StringBuilder("[[D");
            for (int k = 0; k < rows.length; k++) out.append(k == 0 ? "" : ";").append(doubles(rows[k]));
            return out.toString();
        }
        throw new IllegalArgumentException("an answer of type " + value.getClass().getName()
                + " cannot be graded: answers return boolean, int, long, double, String, double[], int[], double[][]"
                + " or an enum of the course (or an array of one)");
    }

    /** The text form of something an answer threw. */
    public static String encodeThrown(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        if (message.length() > 500) message = message.substring(0, 500) + "…";
        return "!" + text(thrown.getClass().getName()) + ":" + text(message);
    }

    /** The value (or a {@link Thrown}) an encoded answer stands for. */
    public static Object decode(String encoded) {
        if (encoded.length() > MAX_LENGTH) throw bad("an answer longer than " + MAX_LENGTH + " characters");
        if (encoded.equals("N")) return null;
        if (encoded.startsWith("!")) {
            String[] parts = encoded.substring(1).split(":", -1);
            if (parts.length != 2) throw bad("a malformed exception");
            return new Thrown(untext(parts[0]), untext(parts[1]));
        }
        if (encoded.startsWith("[[D")) return doubleRows(encoded.substring(3));
        if (encoded.startsWith("[E")) return enums(encoded.substring(2));
        if (encoded.startsWith("E")) {
            String[] parts = encoded.substring(1).split(":", -1);
            if (parts.length != 2) throw bad("a malformed enum");
            return constant(enumType(untext(parts[0])), parts[1]);
        }
        if (encoded.startsWith("[D")) return parseDoubles(encoded.substring(2));
        if (encoded.startsWith("[I")) return parseInts(encoded.substring(2));
        if (encoded.isEmpty()) throw bad("an empty answer");
        String body = encoded.substring(1);
        try {
            switch (encoded.charAt(0)) {
                case 'Z':
                    if (body.equals("true") || body.equals("false")) return Boolean.valueOf(body);
                    throw bad("a malformed boolean");
                case 'I': return Integer.valueOf(body);
                case 'J': return Long.valueOf(body);
                case 'D': return Double.longBitsToDouble(Long.parseUnsignedLong(body, 16));
                case 'S': return untext(body);
                default: throw bad("an unknown type '" + encoded.charAt(0) + "'");
            }
        } catch (NumberFormatException e) {
            throw bad("a malformed number");
        }
    }

    private static String text(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String untext(String s) {
        try {
            return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("malformed text");
        }
    }

    private static String doubles(double[] values) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            out.append(k == 0 ? "" : ",").append(Long.toHexString(Double.doubleToRawLongBits(values[k])));
        }
        return out.toString();
    }

    private static String ints(int[] values) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < values.length; k++) out.append(k == 0 ? "" : ",").append(values[k]);
        return out.toString();
    }

    private static double[] parseDoubles(String body) {
        if (body.isEmpty()) return new double[0];
        String[] parts = body.split(",", -1);
        double[] values = new double[parts.length];
        try {
            for (int k = 0; k < parts.length; k++) values[k] = Double.longBitsToDouble(Long.parseUnsignedLong(parts[k], 16));
        } catch (NumberFormatException e) {
            throw bad("a malformed number");
        }
        return values;
    }

    private static int[] parseInts(String body) {
        if (body.isEmpty()) return new int[0];
        String[] parts = body.split(",", -1);
        int[] values = new int[parts.length];
        try {
            for (int k = 0; k < parts.length; k++) values[k] = Integer.parseInt(parts[k]);
        } catch (NumberFormatException e) {
            throw bad("a malformed number");
        }
        return values;
    }

    private static double[][] doubleRows(String body) {
        if (body.isEmpty()) return new double[0][];
        String[] rows = body.split(";", -1);
        double[][] values = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) values[k] = parseDoubles(rows[k]);
        return values;
    }

    /** An enum class of the course (package bp), never any other class a tape may name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<? extends Enum> enumType(String name) {
        if (!name.startsWith("bp.") || name.startsWith("bp.grading.")) throw bad("an enum outside the course: " + name);
        try {
            Class<?> type = Class.forName(name, false, Tape.class.getClassLoader());
            if (!type.isEnum()) throw bad("not an enum: " + name);
            return (Class<? extends Enum>) type;
        } catch (ClassNotFoundException e) {
            throw bad("an unknown enum: " + name);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(Class<? extends Enum> type, String name) {
        if (name.isEmpty()) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw bad("no constant " + name + " in " + type.getSimpleName());
        }
    }

    @SuppressWarnings("rawtypes")
    private static Object enums(String body) {
        int colon = body.indexOf(':');
        if (colon < 0) throw bad("a malformed enum array");
        Class<? extends Enum> type = enumType(untext(body.substring(0, colon)));
        String rest = body.substring(colon + 1);
        String[] names = rest.isEmpty() ? new String[0] : rest.split(",", -1);
        Object array = java.lang.reflect.Array.newInstance(type, names.length);
        for (int k = 0; k < names.length; k++) java.lang.reflect.Array.set(array, k, constant(type, names[k]));
        return array;
    }

    private static IllegalArgumentException bad(String what) {
        return new IllegalArgumentException("unreadable answer on the tape: " + what);
    }
}
