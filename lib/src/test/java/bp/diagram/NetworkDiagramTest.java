package bp.diagram;

import bp.book.BookLabels;
import bp.general.Network;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkDiagramTest {

    @Test
    void aWideNetworkIsScaledToFitTheNotebookButKeepsItsDrawing() throws Exception {
        Network wide = Network.layers(2, 3, 2, 1).biasPerNeuron().build().initUniform(4);
        String svg = NetworkDiagram.of(wide).showWeights().showDeltas(new double[]{0.6, 0.9}, new double[]{1}).svg();
        Element root = parse(svg, "wide-2321").getDocumentElement();
        double width = Double.parseDouble(root.getAttribute("width"));
        String[] box = root.getAttribute("viewBox").split(" ");
        assertTrue(width <= Painter.MAX_WIDTH, "drawn " + width + " px wide");
        assertTrue(Double.parseDouble(box[2]) >= width, "the view box keeps the whole drawing: " + root.getAttribute("viewBox"));
        double aspect = Double.parseDouble(box[2]) / Double.parseDouble(box[3]);
        assertEquals(aspect, width / Double.parseDouble(root.getAttribute("height")), 0.01);
        assertTrue(root.getAttribute("style").contains("max-width:100%"));
    }

    // ---- the book's networks -------------------------------------------------------------------

    static Network net221() {
        Network net = Network.layers(2, 2, 1).biasPerNeuron().build().withLabels(BookLabels.net221());
        double[] p = {0.15, 0.25, 0.20, 0.30, 0.40, 0.45, 0.35, 0.35, 0.60};
        net.w[1][0][0] = p[0];
        net.w[1][1][0] = p[1];
        net.w[1][0][1] = p[2];
        net.w[1][1][1] = p[3];
        net.w[2][0][0] = p[4];
        net.w[2][0][1] = p[5];
        net.b[1][0] = p[6];
        net.b[1][1] = p[7];
        net.b[2][0] = p[8];
        return net;
    }

    static Network shared221() {
        return Network.layers(2, 2, 1).sharedBias().build().initUniform(1).withLabels(BookLabels.sharedBias221());
    }

    static Network net2231() {
        return Network.layers(2, 2, 3, 1).sharedBias().build().initUniform(2).withLabels(BookLabels.net2231());
    }

    static Network iris453() {
        return Network.layers(4, 5, 3).biasPerNeuron().build().initUniform(3);
    }

    @Test
    void net221HasItsNeuronsWeightsBiasesInputsAndOutput() throws Exception {
        Document svg = parse(NetworkDiagram.of(net221()).svg(), "net221");
        assertEquals(5, count(svg, "circle"), "one circle per neuron");
        Set<String> texts = texts(svg);
        for (String label : List.of("n1", "n2", "n3", "n4", "n5", "w1", "w2", "w3", "w4", "w5", "w6",
                "b1", "b2", "b3", "x1", "x2", "o3", "y")) {
            assertTrue(texts.contains(label), label + " is written on the diagram: " + texts);
        }
        assertEquals(Set.of("w1", "w2", "w3", "w4", "w5", "w6"), names(svg, "edge weight"));
        assertEquals(Set.of("b1", "b2", "b3"), names(svg, "edge bias"));
    }

    @Test
    void weightNamesSitOnTheRightEdges() throws Exception {
        Document svg = parse(NetworkDiagram.of(net221()).svg(), null);
        Element w3 = edgeNamed(svg, "w3");
        assertEquals("1", w3.getAttribute("data-m"));
        assertEquals("0", w3.getAttribute("data-j"), "w3 enters n3");
        assertEquals("1", w3.getAttribute("data-i"), "w3 leaves x2");
        Element w6 = edgeNamed(svg, "w6");
        assertEquals(List.of("2", "0", "1"), List.of(w6.getAttribute("data-m"), w6.getAttribute("data-j"), w6.getAttribute("data-i")));
    }

    @Test
    void sharedBiasIsOneNodePerLayerWithAnEdgeToEachOfItsNeurons() throws Exception {
        Document svg = parse(NetworkDiagram.of(shared221()).svg(), "shared221");
        assertEquals(5, count(svg, "circle"));
        assertEquals(2, byClass(svg, "bias-node").size(), "b1 and b2");
        assertEquals(List.of("b1", "b1", "b2"), edgesOfClass(svg, "edge bias").stream().map(e -> e.getAttribute("data-name")).toList());
        Set<String> texts = texts(svg);
        assertTrue(texts.contains("b1") && texts.contains("b2") && !texts.contains("b3"), texts.toString());
    }

    @Test
    void net2231HasEightNeuronsThirteenWeightsThreeBiases() throws Exception {
        Document svg = parse(NetworkDiagram.of(net2231()).svg(), "net2231");
        assertEquals(8, count(svg, "circle"));
        assertEquals(13, edgesOfClass(svg, "edge weight").size());
        Set<String> texts = texts(svg);
        for (int k = 1; k <= 13; k++) {
            assertTrue(texts.contains("w" + k), "w" + k);
        }
        assertTrue(texts.containsAll(List.of("n8", "o6", "b3")), texts.toString());
    }

    @Test
    void generalNetworkWritesChapterFiveNamesWithScripts() throws Exception {
        String text = NetworkDiagram.of(iris453()).svg();
        Document svg = parse(text, "iris453");
        assertEquals(12, count(svg, "circle"));
        assertEquals(35, edgesOfClass(svg, "edge weight").size());
        assertTrue(names(svg, "edge weight").contains("w^2_{2,4}"));
        assertTrue(text.contains("w<tspan"), "superscripts and subscripts are tspans");
    }

    // ---- labels do not collide --------------------------------------------------------------------

    @Test
    void edgeLabelsDoNotOverlapOnTheCourseNetworks() throws Exception {
        for (Network net : List.of(net221(), shared221(), net2231(), iris453())) {
            for (NetworkDiagram d : List.of(NetworkDiagram.of(net), NetworkDiagram.of(net).showWeights(),
                    NetworkDiagram.of(net).showWeights().showDeltas(inputs(net), targets(net)))) {
                List<double[]> cards = boxes(parse(d.svg(), null));
                for (int a = 0; a < cards.size(); a++) {
                    for (int b = a + 1; b < cards.size(); b++) {
                        assertFalse(overlap(cards.get(a), cards.get(b)), net + ": labels " + a + " and " + b + " overlap");
                    }
                }
            }
        }
    }

    // ---- highlight --------------------------------------------------------------------------------

    @Test
    void highlightMarksExactlyTheGivenWeightsAndTheirNeurons() throws Exception {
        NetworkDiagram d = NetworkDiagram.of(net2231()).highlight("w1", "w5", "w11");
        Document svg = parse(d.svg(), "net2231-path");
        assertEquals(Set.of("w1", "w5", "w11"), names(svg, "highlight", "line"));
        List<String> hotNeurons = new ArrayList<>();
        for (Element c : elements(svg, "circle")) {
            if (c.getAttribute("class").contains("highlight")) {
                hotNeurons.add(c.getAttribute("data-name"));
            }
        }
        assertEquals(List.of("n1", "n3", "n5", "n8"), hotNeurons);
        List<Element> weights = edgesOfClass(svg, "edge weight");
        List<Boolean> hot = weights.stream().map(e -> e.getAttribute("class").contains("highlight")).toList();
        assertEquals(hot.indexOf(true), hot.size() - 3, "highlighted edges are drawn last, on top");
    }

    @Test
    void textFormNamesTheNetworkAndEachHighlightedParameterOnce() {
        String text = NetworkDiagram.of(shared221()).highlight("b1", "w5").toString();
        assertEquals("NetworkDiagram[2-2-1 sigmoid/sigmoid, shared bias per layer; highlighted b1, w5]", text);
    }

    @Test
    void highlightByEdgeIndicesLikeAPathGivesThem() throws Exception {
        List<Edge> path = List.of(Edge.weight(1, 0, 0), Edge.weight(2, 1, 0), Edge.weight(3, 0, 1));
        Document svg = parse(NetworkDiagram.of(net2231()).highlight(path).svg(), null);
        assertEquals(Set.of("w1", "w6", "w12"), names(svg, "highlight", "line"));
        Document bias = parse(NetworkDiagram.of(shared221()).highlight(List.of(Edge.bias(1, 1))).svg(), null);
        assertEquals(Set.of("b1"), names(bias, "highlight", "line"));
        assertEquals(1, edgesOfClass(bias, "highlight").size(), "only the edge from b1 to n4");
    }

    @Test
    void highlightOfSomethingNotInTheNetworkIsRefusedByName() {
        NetworkDiagram d = NetworkDiagram.of(net221());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.highlight(List.of(Edge.weight(2, 0, 2))));
        assertTrue(e.getMessage().contains("weight(m=2, j=0, i=2)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.highlight(List.of(Edge.weight(3, 0, 0))));
        assertTrue(e.getMessage().contains("m=3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.highlight("w7"));
        assertTrue(e.getMessage().contains("\"w7\"") && e.getMessage().contains("w6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.highlightNeurons(List.of(new Node(1, 2))));
        assertTrue(e.getMessage().contains("Node[m=1, j=2]"), e.getMessage());
        assertTrue(d.highlighted().isEmpty(), "a refused highlight leaves nothing half-done");
    }

    // ---- values -----------------------------------------------------------------------------------

    @Test
    void valuesAreWrittenOnlyWhenAsked() throws Exception {
        Network net = net221();
        Set<String> plain = texts(parse(NetworkDiagram.of(net).svg(), null));
        assertFalse(plain.stream().anyMatch(t -> t.contains("=")), plain.toString());
        Set<String> withWeights = texts(parse(NetworkDiagram.of(net).showWeights().svg(), "net221-weights"));
        assertTrue(withWeights.containsAll(List.of("w1 = 0.15", "w5 = 0.4", "w6 = 0.45", "b3 = 0.6")), withWeights.toString());
    }

    @Test
    void outputsAndDeltasAreTheNetworksOwn() throws Exception {
        Network net = net221();
        double[] x = {0.05, 0.10};
        double[] y = {0.01};
        Document svg = parse(NetworkDiagram.of(net).showDeltas(x, y).svg(), "net221-deltas");
        Set<String> texts = texts(svg);
        double[][] o = net.forward(x).o;
        double[][] delta = net.backprop(x, y).delta;
        assertTrue(texts.contains("x1 = 0.05") && texts.contains("y = 0.01"), texts.toString());
        assertTrue(texts.contains("o1 = " + SvgText.number(o[1][0])), texts.toString());
        assertTrue(texts.contains("o3 = " + SvgText.number(o[2][0])), texts.toString());
        List<String> written = List.of("a3 = " + SvgText.number(delta[1][0]), "a4 = " + SvgText.number(delta[1][1]),
                "a5 = " + SvgText.number(delta[2][0]));
        for (String line : written) {
            assertTrue(texts.contains(line), line + " in " + texts);
        }
        assertEquals(3, byClass(svg, "value delta").size(), "one 附加变量 per neuron of layers 1..N");
        assertThrows(IllegalArgumentException.class, () -> NetworkDiagram.of(net).showOutputs(1, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkDiagram.of(net).showDeltas(x, new double[]{Double.NaN}));
        assertTrue(e.getMessage().contains("y[0] = NaN"), e.getMessage());
    }

    @Test
    void numbersHaveThreeSignificantDigits() {
        assertEquals("0.0312", SvgText.number(0.031234));
        assertEquals("0.593", SvgText.number(0.59327));
        assertEquals("-12.3", SvgText.number(-12.345));
        assertEquals("0.4", SvgText.number(0.4));
        assertEquals("1.23e-05", SvgText.number(0.0000123));
        assertEquals("0", SvgText.number(0));
    }

    // ---- large layers -----------------------------------------------------------------------------

    @Test
    void wideLayersAreElidedNotCrammed() throws Exception {
        Network net = Network.layers(64, 30, 10).build().initScaled(4);
        String text = NetworkDiagram.of(net).showOutputs(new double[64]).svg();
        Document svg = parse(text, "wide");
        assertEquals(8 + 8 + 10, count(svg, "circle"));
        assertEquals(2, byClass(svg, "ellipsis").size());
        assertTrue(texts(svg).contains("+56") && texts(svg).contains("+22"), texts(svg).toString());
        assertEquals(2, byClass(svg, "caption").size(), "dense layer pairs get a caption instead of labels");
        assertTrue(byClass(svg, "label").isEmpty());
    }

    // ---- output forms -----------------------------------------------------------------------------

    @Test
    void rendersAsSvgInIJavaAndSavesToAFile(@TempDir Path dir) throws Exception {
        NetworkDiagram d = NetworkDiagram.of(net221()).title("2-2-1 network").highlight("w5");
        DisplayData data = new Renderer().render(d);
        assertEquals(d.svg(), data.getData(MIMEType.IMAGE_SVG));
        assertTrue(String.valueOf(data.getData(MIMEType.TEXT_PLAIN)).contains("highlighted w5"));
        Path file = d.save(dir.resolve("net.svg"));
        assertEquals(d.svg(), Files.readString(file));
        assertTrue(texts(parse(d.svg(), null)).contains("2-2-1 network"));
    }

    @Test
    void svgIsSelfContained() {
        String svg = NetworkDiagram.of(net2231()).showWeights().svg();
        assertFalse(svg.contains("href"), "no links to fonts, images or styles");
        assertFalse(svg.contains("@import") || svg.contains("url("), "no external resources");
        assertFalse(svg.contains(" id=\""), "no ids that could clash between diagrams on one page");
    }

    @Test
    void diagramFollowsTheLiveNetwork() throws Exception {
        Network net = net221();
        NetworkDiagram d = NetworkDiagram.of(net).showWeights();
        net.w[2][0][0] = 0.7;
        assertTrue(texts(parse(d.svg(), null)).contains("w5 = 0.7"));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static double[] inputs(Network net) {
        double[] x = new double[net.inputs()];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.05 * (i + 1);
        }
        return x;
    }

    private static double[] targets(Network net) {
        double[] y = new double[net.outputs()];
        y[0] = 1;
        return y;
    }

    /** Parses as XML (fails the test if it is not well-formed); writes a preview if -Dbp.preview=dir. */
    static Document parse(String svg, String previewName) throws Exception {
        String dir = System.getProperty("bp.preview");
        if (dir != null && previewName != null) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, previewName + ".svg"), svg);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagNameNS("*", tag);
        List<Element> out = new ArrayList<>();
        for (int k = 0; k < list.getLength(); k++) {
            out.add((Element) list.item(k));
        }
        return out;
    }

    private static int count(Document doc, String tag) {
        return elements(doc, tag).size();
    }

    /** Elements of any tag whose class attribute holds all the words of cls. */
    private static List<Element> byClass(Document doc, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int k = 0; k < all.getLength(); k++) {
            Element e = (Element) all.item(k);
            List<String> classes = List.of(e.getAttribute("class").split(" "));
            if (classes.containsAll(List.of(cls.split(" ")))) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> edgesOfClass(Document doc, String cls) {
        return byClass(doc, cls).stream().filter(e -> e.getTagName().equals("line")).toList();
    }

    private static Set<String> names(Document doc, String cls) {
        return names(doc, cls, "line");
    }

    private static Set<String> names(Document doc, String cls, String tag) {
        Set<String> names = new TreeSet<>();
        for (Element e : byClass(doc, cls)) {
            if (e.getTagName().equals(tag)) {
                names.add(e.getAttribute("data-name"));
            }
        }
        return names;
    }

    private static Element edgeNamed(Document doc, String name) {
        return edgesOfClass(doc, "edge").stream().filter(e -> e.getAttribute("data-name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + name));
    }

    /** The visible text of every text element (tspans joined, zero-width characters dropped). */
    private static Set<String> texts(Document doc) {
        Set<String> texts = new TreeSet<>();
        for (Element t : elements(doc, "text")) {
            texts.add(t.getTextContent().replace("\u200B", "").trim());
        }
        return texts;
    }

    /** x, y, w, h of every label card. */
    private static List<double[]> boxes(Document doc) {
        List<double[]> out = new ArrayList<>();
        for (Element r : byClass(doc, "label-bg")) {
            out.add(new double[]{d(r, "x"), d(r, "y"), d(r, "width"), d(r, "height")});
        }
        return out;
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }
}
