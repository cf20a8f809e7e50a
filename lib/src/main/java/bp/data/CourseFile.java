package bp.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** The data files the course ships in datasets/, and the message when one is not where it was asked for. */
final class CourseFile {

    private CourseFile() {
    }

    /**
     * {@code file} itself if it is a regular file; otherwise an error naming where it looked and
     * the path that works from a notebook, e.g. for ("Iris", "iris.csv").
     */
    static Path require(Path file, String what, String shippedName) {
        if (file == null || !Files.isRegularFile(file)) {
            Path where = file == null ? Path.of("(null)") : file.toAbsolutePath().normalize();
            throw new IllegalArgumentException("no " + what + " file at " + where
                    + ". The course ships it as datasets/" + shippedName + "; from a notebook in notebooks/ pass "
                    + "Path.of(\"../datasets/" + shippedName + "\")");
        }
        return file;
    }
}
