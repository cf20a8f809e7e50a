package bp.grading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calls the checks of a master notebook make to its answer methods, one line each:
 * {@code cell TAB index TAB method TAB arguments}, the arguments serialised with Java
 * serialisation (written by the grader's own kernel, read in the student's sandbox and again
 * by the grader). The same layout, with an encoded answer ({@link Tape}) in the last column,
 * is the tape the student's kernel writes.
 */
final class CallLog {

    /** One recorded line: the check cell, the call's position in it, the method, the payload. */
    record Line(String cell, int index, String method, String payload) {
    }

    private CallLog() {
    }

    static void append(Path file, Line line) {
        String text = line.cell() + "\t" + line.index() + "\t" + line.method() + "\t" + line.payload() + "\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("grading: cannot write " + file, e);
        }
    }

    /** The lines of a log by (cell, index); a later line for the same call replaces an earlier. */
    static Map<String, Line> read(Path file) {
        Map<String, Line> lines = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) return lines;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                String[] parts = text.split("\t", -1);
                if (parts.length != 4) continue;
                try {
                    Line line = new Line(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]);
                    lines.put(key(line.cell(), line.index()), line);
                } catch (NumberFormatException e) {
                    // not a line of ours: ignore it
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("grading: cannot read " + file, e);
        }
        return lines;
    }

    /** The lines of one cell and method, in call order. */
    static List<Line> of(Map<String, Line> lines, String cell, String method) {
        List<Line> found = new ArrayList<>();
        for (Line line : lines.values()) {
            if (line.cell().equals(cell) && line.method().equals(method)) found.add(line);
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found;
    }

    static String key(String cell, int index) {
        return cell + "#" + index;
    }

    static String serialize(Object[] arguments) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(arguments);
        } catch (IOException e) {
            throw new IllegalStateException("grading: an argument of this check cannot be handed to the "
                    + "student's code (" + e + "); make its class java.io.Serializable", e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    static Object[] deserialize(String payload) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(payload)))) {
            return (Object[]) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("grading: cannot read the arguments of a call: " + e, e);
        }
    }
}
