package bp.data;

import java.util.Random;

/** A random order of sample indices, drawn from a seeded {@link Random} so runs repeat. */
public final class Shuffle {

    private Shuffle() {
    }

    /** 0..n−1 in an order drawn from {@code random} (Fisher–Yates: every order equally likely). */
    public static int[] order(int n, Random random) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int k = n - 1; k > 0; k--) {
            int other = random.nextInt(k + 1);
            int kept = order[k];
            order[k] = order[other];
            order[other] = kept;
        }
        return order;
    }
}
