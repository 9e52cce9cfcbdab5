package io.latentretouch.imaging.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.IIOException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGQTable;

import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A JPEG's own quantization tables and chroma subsampling, read from its headers, and put into the JDK writer's
 * metadata so a re-encoded frame quantizes as its source did: unchanged blocks come back almost unchanged, where the
 * writer's default tables would requantize every block at another step.
 *
 * @param tables    the 8-bit tables by id, in natural order (null where the source has none)
 * @param sampling  per component: horizontal and vertical sampling factor, and the table id it uses
 */
record JpegTables(int[][] tables, int[][] sampling) {

    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";
    private static final int HEAD = 1 << 20;
    private static final int[] ZIGZAG = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21,
        28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61,
        54, 47, 55, 62, 63};

    /**
     * The source's tables, or null when they cannot be carried into an RGB baseline file: not a JPEG, 16-bit tables,
     * a component count other than 1 (grey: its table for all three) or 3.
     */
    static JpegTables of(Path source) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(source)) {
            b = in.readNBytes(HEAD);
        }
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return null;
        }
        int[][] tables = new int[4][];
        int[][][] frame = new int[1][][];
        boolean[] fits = {true};
        JpegSegments.walk(b, (marker, payload, end) -> {
            if (marker == 0xDB) {
                fits[0] = quantization(b, payload, end, tables);
            }
            if (marker == 0xC0 || marker == 0xC1 || marker == 0xC2) {
                frame[0] = frame(b, payload);
            }
            return fits[0];
        });
        int[][] sampling = frame[0];
        if (!fits[0]) {
            return null;
        }
        if (sampling == null) {
            return null;
        }
        if (sampling.length == 1) {
            sampling = new int[][] {{1, 1, sampling[0][2]}, {1, 1, sampling[0][2]}, {1, 1, sampling[0][2]}};
        }
        for (int[] c : sampling) {
            if (c[2] > 3 || tables[c[2]] == null) {
                return null;
            }
        }
        return sampling.length == 3 ? new JpegTables(tables, sampling) : null;
    }

    /** Reads a DQT segment's tables; false for 16-bit ones, which a baseline file cannot hold. */
    private static boolean quantization(byte[] b, int from, int to, int[][] tables) {
        int p = from;
        while (p < to) {
            int precision = (b[p] & 0xff) >> 4;
            int id = b[p] & 0x0f;
            if (precision != 0 || id > 3 || p + 65 > to) {
                return false;
            }
            int[] natural = new int[64];
            for (int k = 0; k < 64; k++) {
                natural[ZIGZAG[k]] = b[p + 1 + k] & 0xff;
            }
            tables[id] = natural;
            p += 65;
        }
        return true;
    }

    private static int[][] frame(byte[] b, int at) {
        int count = b[at + 5] & 0xff;
        int[][] sampling = new int[count][];
        for (int c = 0; c < count; c++) {
            int s = b[at + 7 + 3 * c] & 0xff;
            sampling[c] = new int[] {s >> 4, s & 0x0f, b[at + 8 + 3 * c] & 0xff};
        }
        return sampling;
    }

    /** Puts the tables and sampling factors into the writer's default metadata for a 3-component image. */
    void applyTo(IIOMetadata metadata) throws IIOException {
        Node root = metadata.getAsTree(FORMAT);
        IIOMetadataNode markers = child(root, "markerSequence");
        IIOMetadataNode dqt = child(markers, "dqt");
        while (dqt.hasChildNodes()) {
            dqt.removeChild(dqt.getFirstChild());
        }
        for (int id = 0; id < tables.length; id++) {
            if (tables[id] != null) {
                IIOMetadataNode table = new IIOMetadataNode("dqtable");
                table.setAttribute("elementPrecision", "0");
                table.setAttribute("qtableId", Integer.toString(id));
                table.setUserObject(new JPEGQTable(tables[id]));
                dqt.appendChild(table);
            }
        }
        NodeList components = child(markers, "sof").getElementsByTagName("componentSpec");
        for (int c = 0; c < components.getLength(); c++) {
            IIOMetadataNode spec = (IIOMetadataNode) components.item(c);
            spec.setAttribute("HsamplingFactor", Integer.toString(sampling[c][0]));
            spec.setAttribute("VsamplingFactor", Integer.toString(sampling[c][1]));
            spec.setAttribute("QtableSelector", Integer.toString(sampling[c][2]));
        }
        metadata.setFromTree(FORMAT, root);
    }

    private static IIOMetadataNode child(Node parent, String name) throws IIOException {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return (IIOMetadataNode) n;
            }
        }
        throw new IIOException("The JPEG writer's metadata has no " + name + " node");
    }
}
