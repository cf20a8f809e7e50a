package bp.book;

import bp.Require;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The parameters of one kind of book network, in the book's order, each listed once with how
 * it is read, how it is written, and its closed-form ∂Err/∂p — so names, access by name and
 * the gradient map cannot disagree.
 *
 * @param <N> the network class (Net221, …)
 * @param <P> its forward pass
 */
final class BookParameters<N, P> {

    /** A closed form ∂Err/∂p, evaluated on a forward pass for target y. */
    interface ClosedForm<N, P> {
        double of(N net, P pass, double y);
    }

    private record Entry<N, P>(ToDoubleFunction<N> get, ObjDoubleConsumer<N> set, ClosedForm<N, P> gradient) {
    }

    private final Map<String, Entry<N, P>> byName = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    BookParameters<N, P> add(String name, ToDoubleFunction<N> get, ObjDoubleConsumer<N> set, ClosedForm<N, P> gradient) {
        byName.put(name, new Entry<>(get, set, gradient));
        names.add(name);
        return this;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    double get(N net, String name) {
        return entry(name).get().applyAsDouble(net);
    }

    void set(N net, String name, double value) {
        Require.finite(String.valueOf(name), value);
        entry(name).set().accept(net, value);
    }

    /** ∂Err/∂p for every parameter, in book order, all from the same forward pass. */
    Map<String, Double> gradient(N net, P pass, double y) {
        Map<String, Double> g = new LinkedHashMap<>();
        byName.forEach((name, p) -> g.put(name, p.gradient().of(net, pass, y)));
        return g;
    }

    private Entry<N, P> entry(String name) {
        Entry<N, P> p = byName.get(name);
        if (p == null) {
            throw UnknownParameter.named(name, names);
        }
        return p;
    }
}
