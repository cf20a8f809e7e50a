package bp.book;

import bp.Require;
import bp.descent.Update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * The parameters of one kind of book network, in the book's order, each listed once with how
 * it is read, how it is written, and its closed-form ∂Err/∂p — so names, access by name, the
 * gradient and the update step cannot disagree.
 *
 * @param <N> the network class (Net221, …)
 * @param <P> its forward pass
 */
final class BookParameters<N, P> {

    /** A closed form ∂Err/∂p, evaluated on a forward pass for target y. */
    interface ClosedForm<N, P> {
        double of(N net, P pass, double y);
    }

    private final List<String> names = new ArrayList<>();
    private final List<ToDoubleFunction<N>> getters = new ArrayList<>();
    private final List<ObjDoubleConsumer<N>> setters = new ArrayList<>();
    private final List<ClosedForm<N, P>> closedForms = new ArrayList<>();

    BookParameters<N, P> add(String name, ToDoubleFunction<N> get, ObjDoubleConsumer<N> set, ClosedForm<N, P> gradient) {
        names.add(name);
        getters.add(get);
        setters.add(set);
        closedForms.add(gradient);
        return this;
    }

    List<String> names() {
        return List.copyOf(names);
    }

    int count() {
        return names.size();
    }

    double get(N net, String name) {
        return getters.get(indexOf(name)).applyAsDouble(net);
    }

    void set(N net, String name, double value) {
        int k = indexOf(name);
        Require.finite(name, value);
        setters.get(k).accept(net, value);
    }

    /** Every parameter's value, in book order. */
    double[] values(N net) {
        double[] p = new double[count()];
        for (int k = 0; k < p.length; k++) {
            p[k] = getters.get(k).applyAsDouble(net);
        }
        return p;
    }

    /** Sets every parameter from {@code p}, in book order; a non-finite value is refused before anything changes. */
    void setValues(N net, double[] p) {
        for (int k = 0; k < p.length; k++) {
            Require.finite(names.get(k), p[k]);
        }
        for (int k = 0; k < p.length; k++) {
            setters.get(k).accept(net, p[k]);
        }
    }

    /** ∂Err/∂p for every parameter, in book order, all from the same forward pass. */
    double[] closedForms(N net, P pass, double y) {
        double[] g = new double[count()];
        for (int k = 0; k < g.length; k++) {
            g[k] = closedForms.get(k).of(net, pass, y);
        }
        return g;
    }

    /** The same gradient keyed by name, in book order. */
    Map<String, Double> gradient(N net, P pass, double y) {
        double[] g = closedForms(net, pass, y);
        Map<String, Double> byName = new LinkedHashMap<>();
        for (int k = 0; k < g.length; k++) {
            byName.put(names.get(k), g[k]);
        }
        return byName;
    }

    /** p ← p − η·∂Err/∂p for every parameter, every gradient from the one forward pass {@code pass}. */
    void step(N net, P pass, double y, double eta) {
        double[] p = values(net);
        Update.step(p, eta, closedForms(net, pass, y));
        setValues(net, p);
    }

    private int indexOf(String name) {
        int k = names.indexOf(name);
        if (k < 0) {
            throw UnknownParameter.named(name, names);
        }
        return k;
    }
}
