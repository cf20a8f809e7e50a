package bp;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The direction of the library: the core (the book's mathematics) knows only {@code java.*},
 * {@link Require} and the other core packages; charts, diagrams, tables and IJava depend on the
 * core, never the reverse. One edge is allowed: {@code bp.data} reads CSV files with Tablesaw's
 * reading classes and hands the rest of the core plain arrays.
 *
 * <p>Three checks per core package: its imports, the names it writes out in full in its code
 * (comments left out), and the types its public classes take and return (plain values only).
 */
class ArchitectureTest {

    /** The core packages, under {@code bp.}. */
    static final List<String> CORE = List.of(
            "neuron", "descent", "book", "paths", "general", "check", "train", "data", "deep", "history");

    /** What bp.data may import from Tablesaw: the CSV reader and the columns it hands back. */
    static final Set<String> TABLESAW_READING = Set.of(
            "tech.tablesaw.api.Table", "tech.tablesaw.api.ColumnType", "tech.tablesaw.api.IntColumn",
            "tech.tablesaw.api.NumericColumn", "tech.tablesaw.api.StringColumn");

    /** Names that must not appear in core code: the presentation packages and their libraries. */
    static final List<String> PRESENTATION = List.of(
            "bp.charts.", "bp.diagram.", "bp.notebook.", "bp.tables.", "bp.exercise.", "bp.grading.",
            "tech.tablesaw", "org.knowm", "io.github.spencerpark");

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+(\\.\\*)?)\\s*;", Pattern.MULTILINE);
    private static final Pattern HEADER_LINE = Pattern.compile("^\\s*(import|package)\\s[^;]*;", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> eachCorePackageImportsOnlyJavaRequireAndTheCore() {
        return CORE.stream().map(pkg -> DynamicTest.dynamicTest("bp." + pkg, () -> {
            List<String> wrong = new ArrayList<>();
            for (Path file : sourcesOf(pkg)) {
                wrong.addAll(wrongImports(pkg, file.toString(), Files.readString(file)));
            }
            assertNothingWrong("bp." + pkg + " imports outside the core", wrong);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachCorePackageNamesNoPresentationInItsCode() {
        return CORE.stream().map(pkg -> DynamicTest.dynamicTest("bp." + pkg, () -> {
            List<String> wrong = new ArrayList<>();
            for (Path file : sourcesOf(pkg)) {
                wrong.addAll(presentationNamedInCode(file.toString(), Files.readString(file)));
            }
            assertNothingWrong("bp." + pkg + " names presentation in its code", wrong);
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachCorePackageTakesAndReturnsOnlyPlainValues() {
        return CORE.stream().map(pkg -> DynamicTest.dynamicTest("bp." + pkg, () -> {
            List<String> wrong = new ArrayList<>();
            for (Path file : sourcesOf(pkg)) {
                if (!file.endsWith("package-info.java")) {
                    wrong.addAll(foreignTypesInPublicApi(classOf(file)));
                }
            }
            assertNothingWrong("bp." + pkg + " has public members with types outside java.* and the core", wrong);
        }));
    }

    @Test
    void requireItselfIsCore() throws IOException {
        String source = Files.readString(SOURCES.resolve("bp/Require.java"));
        assertNothingWrong("bp.Require", wrongImports("", "bp/Require.java", source));
        assertNothingWrong("bp.Require", presentationNamedInCode("bp/Require.java", source));
    }

    // ---- the checks catch what they should (so a passing run means something) ---------------

    @Test
    void aPresentationImportIsFlaggedWithTheFileAndTheImport() {
        String source = "package bp.book;\nimport bp.general.Network;\nimport java.util.List;\n"
                + "import bp.tables.ParameterTable;\nimport static org.knowm.xchart.BitmapEncoder.saveBitmap;\n";
        assertEquals(List.of("Net.java: import bp.tables.ParameterTable",
                "Net.java: import org.knowm.xchart.BitmapEncoder.saveBitmap"), wrongImports("book", "Net.java", source));
    }

    @Test
    void onlyDataMayImportTablesawAndOnlyItsReadingClasses() {
        String reading = "import tech.tablesaw.io.csv.CsvReadOptions;\nimport tech.tablesaw.api.Table;\n";
        assertEquals(List.of(), wrongImports("data", "Iris.java", reading));
        assertEquals(2, wrongImports("train", "History.java", reading).size());
        assertEquals(List.of("Iris.java: import tech.tablesaw.plotly.Plot"),
                wrongImports("data", "Iris.java", "import tech.tablesaw.plotly.Plot;\n"));
    }

    @Test
    void aFullyQualifiedPresentationNameIsFlaggedButNotInAComment() {
        String source = "package bp.train;\n/** Shown by bp.charts.Charts. */\nclass A {\n"
                + "    // bp.notebook.Tables would round it\n"
                + "    Object chart() { return bp.charts.Charts.class; }\n"
                + "    String glob = \"*/\" + \"/*\"; Object box = bp.diagram.Box.class;\n}\n";
        List<String> found = presentationNamedInCode("A.java", source);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("bp.charts.") && found.get(0).contains("A.java:5"), found.get(0));
        assertTrue(found.get(1).contains("bp.diagram.") && found.get(1).contains("A.java:6"), found.get(1));
    }

    @Test
    void aPublicMethodReturningATableIsFlagged() {
        List<String> found = foreignTypesInPublicApi(WithATable.class);
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("tech.tablesaw.api.Table"), found.get(0));
        assertTrue(foreignTypesInPublicApi(Require.class).isEmpty());
    }

    /** A stand-in for a core class that leaks a presentation type. */
    public static final class WithATable {
        public static List<tech.tablesaw.api.Table> tables() {
            return List.of();
        }

        public static double[] plain(List<String> names) {
            return new double[0];
        }
    }

    // ---- how ----------------------------------------------------------------------------------

    static List<String> wrongImports(String pkg, String file, String source) {
        List<String> wrong = new ArrayList<>();
        Matcher m = IMPORT.matcher(withoutComments(source));
        while (m.find()) {
            String name = m.group(2);
            if (!allowedImport(pkg, name)) {
                wrong.add(file + ": import " + name);
            }
        }
        return wrong;
    }

    static boolean allowedImport(String pkg, String name) {
        if (name.startsWith("java.") || name.equals("bp.Require") || name.startsWith("bp.Require.")) {
            return true;
        }
        if (CORE.stream().anyMatch(core -> name.startsWith("bp." + core + "."))) {
            return true;
        }
        return pkg.equals("data") && (name.startsWith("tech.tablesaw.io.") || TABLESAW_READING.contains(name));
    }

    static List<String> presentationNamedInCode(String file, String source) {
        String code = blankHeader(withoutComments(source));
        List<String> wrong = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            for (String name : PRESENTATION) {
                if (lines[k].contains(name)) {
                    wrong.add(file + ":" + (k + 1) + ": " + name + " in \"" + lines[k].strip() + "\"");
                }
            }
        }
        return wrong;
    }

    static List<String> foreignTypesInPublicApi(Class<?> type) {
        List<String> wrong = new ArrayList<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return wrong;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                check(type, method.getName() + "(…) returns", method.getGenericReturnType(), wrong);
                for (Type parameter : method.getGenericParameterTypes()) {
                    check(type, method.getName() + "(…) takes", parameter, wrong);
                }
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    check(type, "its constructor takes", parameter, wrong);
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                check(type, "field " + field.getName() + " is", field.getGenericType(), wrong);
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            wrong.addAll(foreignTypesInPublicApi(nested));
        }
        return wrong;
    }

    private static void check(Class<?> owner, String what, Type type, List<String> wrong) {
        for (Class<?> used : classesIn(type)) {
            if (!plain(used)) {
                wrong.add(owner.getName() + "." + what + " " + used.getName());
            }
        }
    }

    private static boolean plain(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        String name = type.getName();
        return type.isPrimitive() || name.startsWith("java.") || name.equals(Require.class.getName())
                || CORE.stream().anyMatch(core -> name.startsWith("bp." + core + "."));
    }

    /** Every class a (generic) type mentions: List<Table> gives List and Table. */
    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c) {
            found.add(c);
        } else if (type instanceof ParameterizedType p) {
            found.addAll(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                found.addAll(classesIn(argument));
            }
        } else if (type instanceof GenericArrayType a) {
            found.addAll(classesIn(a.getGenericComponentType()));
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                found.addAll(classesIn(bound));
            }
            for (Type bound : w.getLowerBounds()) {
                found.addAll(classesIn(bound));
            }
        }
        return found;
    }

    /** The source with every comment blanked (line breaks kept, so line numbers still match); strings stay. */
    static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int k = 0;
        while (k < source.length()) {
            int end = endOfCommentOrLiteral(source, k);
            boolean comment = source.startsWith("//", k) || source.startsWith("/*", k);
            String piece = source.substring(k, end);
            code.append(comment ? piece.replaceAll("[^\\n]", " ") : piece);
            k = end;
        }
        return code.toString();
    }

    /** Where the comment, string or char literal starting at k ends; k + 1 for any other character. */
    private static int endOfCommentOrLiteral(String s, int k) {
        if (s.startsWith("//", k)) {
            int end = s.indexOf('\n', k);
            return end < 0 ? s.length() : end;
        }
        if (s.startsWith("/*", k)) {
            int end = s.indexOf("*/", k + 2);
            return end < 0 ? s.length() : end + 2;
        }
        if (s.startsWith("\"\"\"", k)) {
            int end = s.indexOf("\"\"\"", k + 3);
            return end < 0 ? s.length() : end + 3;
        }
        char c = s.charAt(k);
        if (c == '"' || c == '\'') {
            int end = k + 1;
            while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                end += s.charAt(end) == '\\' ? 2 : 1;
            }
            return Math.min(end + 1, s.length());
        }
        return k + 1;
    }

    private static String blankHeader(String code) {
        return HEADER_LINE.matcher(code).replaceAll("");
    }

    private static List<Path> sourcesOf(String pkg) throws IOException {
        Path dir = SOURCES.resolve("bp").resolve(pkg);
        assertTrue(Files.isDirectory(dir), "no core package at " + dir.toAbsolutePath() + ": is CORE up to date?");
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertFalse(sources.isEmpty(), dir + " holds no .java file");
            return sources;
        }
    }

    private static Class<?> classOf(Path file) throws ClassNotFoundException {
        String name = SOURCES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        name = name.substring(0, name.length() - ".java".length());
        return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
    }

    private static void assertNothingWrong(String what, List<String> wrong) {
        if (!wrong.isEmpty()) {
            fail(what + " (" + wrong.size() + "):\n  " + String.join("\n  ", wrong));
        }
    }
}
