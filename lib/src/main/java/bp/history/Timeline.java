package bp.history;

import java.util.List;

/**
 * The book's timeline from BP to deep learning (chapter 6), 1943 to 2017, oldest first. What
 * each step changed is in Chinese, as in the chapter's prose; who and the work keep their
 * original names and titles.
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
                    "MCP 神经元：第一个人工神经元模型"),
            new Milestone(1957, "F. Rosenblatt",
                    "The perceptron (New York Times: Electronic Brain Teaches Itself)",
                    "感知机 (perceptron)：从例子里学出自己的权重"),
            new Milestone(1969, "M. Minsky, S. Papert",
                    "Perceptrons",
                    "单层感知机算不了异或 (XOR)；研究经费随之枯竭"),
            new Milestone(1974, "P. J. Werbos",
                    "Beyond Regression (PhD thesis)",
                    "第一次写下反向传播 (backpropagation)"),
            new Milestone(1986, "D. E. Rumelhart, G. E. Hinton, R. J. Williams",
                    "Learning Representations by Back-propagating Errors (Nature)",
                    "BP 被重新发现：多层网络学会异或这类问题"),
            new Milestone(1989, "Y. LeCun et al.",
                    "Backpropagation Applied to Handwritten Zip Code Recognition",
                    "卷积网络 (LeNet) 认出手写数字"),
            new Milestone(1991, "S. Hochreiter",
                    "Untersuchungen zu dynamischen neuronalen Netzen (diploma thesis)",
                    "指出梯度消失 (vanishing gradient)"),
            new Milestone(2006, "G. E. Hinton, R. Salakhutdinov",
                    "Reducing the Dimensionality of Data with Neural Networks (Science)",
                    "先无监督逐层预训练，再整体微调：“深度学习”一词流行"),
            new Milestone(2011, "X. Glorot, A. Bordes, Y. Bengio",
                    "Deep Sparse Rectifier Neural Networks",
                    "ReLU 激活函数让梯度不再消失"),
            new Milestone(2012, "A. Krizhevsky, I. Sutskever, G. E. Hinton",
                    "ImageNet Classification with Deep Convolutional Neural Networks",
                    "AlexNet 赢得 ImageNet：ReLU、Dropout、GPU"),
            new Milestone(2015, "K. He, X. Zhang, S. Ren, J. Sun",
                    "Deep Residual Learning for Image Recognition",
                    "ResNet：残差连接让上百层的网络也能训练"),
            new Milestone(2016, "DeepMind",
                    "AlphaGo vs. Lee Sedol",
                    "AlphaGo 以 4:1 战胜九段职业棋手"),
            new Milestone(2017, "DeepMind",
                    "AlphaGo Zero",
                    "只靠自我对弈学习，100:0 战胜 AlphaGo"));

    private Timeline() {
    }

    /** Every milestone of the book, oldest first. */
    public static List<Milestone> milestones() {
        return MILESTONES;
    }
}
