package bp.diagram;

/** An axis-aligned rectangle in SVG pixels, used to keep labels from covering each other. */
record Box(double x, double y, double w, double h) {

    /** A box of size w × h centred on (cx, cy). */
    static Box centred(double cx, double cy, double w, double h) {
        return new Box(cx - w / 2, cy - h / 2, w, h);
    }

    boolean overlaps(Box o) {
        return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }
}
