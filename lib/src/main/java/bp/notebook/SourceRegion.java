package bp.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the library's own source that a notebook shows, so what the learner reads is the
 * code that runs. The piece is marked in the source file by two comment lines with its name:
 *
 * <pre>{@code
 * // region backprop (shown in chapter 5)
 * ...the lines shown...
 * // endregion backprop
 * }</pre>
 *
 * <p>The sources travel inside the course jar next to their classes (lib/pom.xml copies them), so
 * a notebook finds them wherever it runs: in notebooks/, in a learner's workspace, in the grader's
 * sandbox, which holds the jar but no lib/src.
 */
public final class SourceRegion {

    private static final String START = "// region ";
    private static final String END = "// endregion ";

    private SourceRegion() {
    }

    /** The lines of region {@code name} in the source of {@code type}, without their common indentation. */
    public static String of(Class<?> type, String name) {
        Class<?> file = topLevel(type);
        String fileName = file.getSimpleName() + ".java";
        return String.join("\n", lines(sourceOf(file, fileName), name, fileName)) + "\n";
    }

    /**
     * The lines strictly between {@code // region name} and {@code // endregion name} in
     * {@code source}, dedented; {@code where} names the source in the messages.
     */
    static List<String> lines(String source, String name, String where) {
        if (name == null || name.isBlank() || name.contains(" ")) {
            throw new IllegalArgumentException("region name \"" + name + "\": give one word, as in // region backprop");
        }
        List<String> all = source.lines().toList();
        int start = onlyMarker(all, START, name, where);
        int end = onlyMarker(all, END, name, where);
        if (end < start) {
            throw new IllegalStateException(where + ": \"" + END + name + "\" (line " + (end + 1)
                    + ") comes before \"" + START + name + "\" (line " + (start + 1) + "): swap them");
        }
        return dedent(all.subList(start + 1, end));
    }

    /** The index of the one line that is the marker {@code kind + name}; refuses none or several. */
    private static int onlyMarker(List<String> all, String kind, String name, String where) {
        List<Integer> found = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            if (isMarker(all.get(k), kind, name)) {
                found.add(k);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(where + " has no line \"" + kind + name + "\": mark the code to show with "
                    + "\"" + START + name + "\" before it and \"" + END + name + "\" after it");
        }
        if (found.size() > 1) {
            throw new IllegalStateException(where + " has " + found.size() + " lines \"" + kind + name + "\" (lines "
                    + found.stream().map(k -> String.valueOf(k + 1)).toList()
                    + "): a region's name is used once; rename one of them");
        }
        return found.get(0);
    }

    /** "// region backprop (shown in chapter 5)" is the marker of backprop, not of backpropBatch. */
    private static boolean isMarker(String line, String kind, String name) {
        String text = line.strip();
        if (!text.startsWith(kind)) {
            return false;
        }
        String rest = text.substring(kind.length()).strip();
        String first = rest.split("\\s+", 2)[0];
        return first.equals(name);
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
    }

    private static Class<?> topLevel(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type is null: give the class whose source to show, e.g. Network.class");
        }
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }

    private static String sourceOf(Class<?> file, String fileName) {
        try (InputStream in = file.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("the course jar holds no " + fileName + " (the source of "
                        + file.getName() + "): rebuild it with ./course build, then restart the kernel");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " from the course jar", e);
        }
    }
}
