package bp.book;

/**
 * What one forward pass of a book network computes, named as in the book: the inputs x1, x2,
 * then z1, o1, z2, o2, … in the order the pass computes them. Each network's own pass
 * ({@code Net221.Pass}, …) holds the fields and does the computing.
 */
public abstract class BookPass implements java.io.Serializable {

    public final double x1, x2;

    BookPass(double x1, double x2) {
        this.x1 = x1;
        this.x2 = x2;
    }

    /** z1, o1, z2, o2, …: each neuron's weighted input and output, from the first hidden neuron on. */
    abstract double[] zo();

    /** The network's output: o3 of a 2-2-1 network, o6 of the 2-2-3-1 network. */
    abstract double output();

    /** One line for the inputs, then one line per neuron: "z1 = …, o1 = …". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("x1 = " + x1 + ", x2 = " + x2);
        double[] zo = zo();
        for (int k = 0; k < zo.length; k += 2) {
            int n = k / 2 + 1;
            s.append("\nz").append(n).append(" = ").append(zo[k]).append(", o").append(n).append(" = ").append(zo[k + 1]);
        }
        return s.toString();
    }
}
