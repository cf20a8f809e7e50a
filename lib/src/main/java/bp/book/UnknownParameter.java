package bp.book;

import java.util.List;

/** The error a book network gives for a parameter name it does not have. */
final class UnknownParameter {

    private UnknownParameter() {
    }

    static IllegalArgumentException named(String name, List<String> valid) {
        return new IllegalArgumentException("parameter \"" + name + "\" does not exist in this network;"
                + " valid names are " + String.join(", ", valid));
    }
}
