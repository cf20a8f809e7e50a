package bp.history;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * The book's timeline from BP to deep learning (chapter 6), 1943 to 2017, oldest first.
 *
 * <p>Two slips of the book are corrected here: Minsky's co-author is Seymour Papert and Glorot's
 * is Antoine Bordes; the 1989 LeNet paper is "Backpropagation Applied to Handwritten Zip Code
 * Recognition" (the title the book gives, "Gradient-Based Learning Applied to Document
 * Recognition", is LeCun et al.'s paper of 1998).
 */
public final class Timeline {

    private static final List<Milestone> MILESTONES = List.of(
            new Milestone(1943, "W. S. McCulloch, W. Pitts",
                    "A Logical Calculus of the Ideas Immanent in Nervous Activity",
                    "MCP neuron: the first artificial neuron model"),
            new Milestone(1957, "F. Rosenblatt",
                    "The perceptron (New York Times: Electronic Brain Teaches Itself)",
                    "the perceptron learns its weights from examples"),
            new Milestone(1969, "M. Minsky, S. Papert",
                    "Perceptrons",
                    "a single-layer perceptron cannot compute XOR; funding dries up"),
            new Milestone(1974, "P. J. Werbos",
                    "Beyond Regression (PhD thesis)",
                    "backpropagation first described"),
            new Milestone(1986, "D. E. Rumelhart, G. E. Hinton, R. J. Williams",
                    "Learning Representations by Back-propagating Errors (Nature)",
                    "BP rediscovered: multi-layer nets learn XOR-like problems"),
            new Milestone(1989, "Y. LeCun et al.",
                    "Backpropagation Applied to Handwritten Zip Code Recognition",
                    "convolutional network (LeNet) reads handwritten digits"),
            new Milestone(1991, "S. Hochreiter",
                    "Untersuchungen zu dynamischen neuronalen Netzen (diploma thesis)",
                    "vanishing gradients identified"),
            new Milestone(2006, "G. E. Hinton, R. Salakhutdinov",
                    "Reducing the Dimensionality of Data with Neural Networks (Science)",
                    "unsupervised pre-training, then fine-tuning: 'deep learning'"),
            new Milestone(2011, "X. Glorot, A. Bordes, Y. Bengio",
                    "Deep Sparse Rectifier Neural Networks",
                    "ReLU activation keeps gradients from vanishing"),
            new Milestone(2012, "A. Krizhevsky, I. Sutskever, G. E. Hinton",
                    "ImageNet Classification with Deep Convolutional Neural Networks",
                    "AlexNet wins ImageNet: ReLU, dropout, GPUs"),
            new Milestone(2015, "K. He, X. Zhang, S. Ren, J. Sun",
                    "Deep Residual Learning for Image Recognition",
                    "ResNet: skip connections train 100+ layers"),
            new Milestone(2016, "DeepMind",
                    "AlphaGo vs. Lee Sedol",
                    "AlphaGo beats a 9-dan Go professional 4:1"),
            new Milestone(2017, "DeepMind",
                    "AlphaGo Zero",
                    "learns from self-play alone, beats AlphaGo 100:0"));

    private Timeline() {
    }

    /** Every milestone of the book, oldest first. */
    public static List<Milestone> milestones() {
        return MILESTONES;
    }

    /** The milestones as a Tablesaw table with the columns year, who, milestone and work. */
    public static Table table() {
        return table(MILESTONES);
    }

    /** Any list of milestones as a table with the columns year, who, milestone and work. */
    public static Table table(List<Milestone> milestones) {
        if (milestones == null || milestones.isEmpty()) {
            throw new IllegalArgumentException("milestones = " + milestones + ": give at least one");
        }
        return Table.create("From BP to deep learning",
                IntColumn.create("year", milestones.stream().mapToInt(Milestone::year).toArray()),
                StringColumn.create("who", milestones.stream().map(Milestone::who).toList()),
                StringColumn.create("milestone", milestones.stream().map(Milestone::milestone).toList()),
                StringColumn.create("work", milestones.stream().map(Milestone::work).toList()));
    }
}
