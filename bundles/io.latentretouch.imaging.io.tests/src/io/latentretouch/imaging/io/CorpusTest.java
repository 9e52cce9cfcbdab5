package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.io.ImageIoException.Kind;

/**
 * Every encoding of corpus/make.sh decodes to the pixels a second decoder gives (libvips; ImageMagick for PSD and
 * for untagged CMYK, whose device formula it shares with us), or is refused by name; a truncated copy of each is
 * CORRUPT; nothing throws unchecked or runs past its time limit; the thumbnailer passes the same corpus.
 */
class CorpusTest {

    /** Per-file time limit: a 240×180 file decodes in milliseconds; a loop on a broken file would not stop. */
    private static final Duration LIMIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;
    static Path files;

    /** Which second decoder gives the reference, and how close ours must be. */
    enum Reference {
        /** libvips, exactly (8-bit within 1/255, 16-bit within 2/65535). */
        VIPS,
        /** libvips on a lossy codec whose chroma upsampling differs from ours: mean within 1/255, none beyond 16/255. */
        VIPS_LOSSY,
        /** ImageMagick, exactly: the flattened PSD composite, untagged CMYK by the device formula. */
        MAGICK,
        /** libvips on the JFIF stream the old-style JPEG TIFF wraps: libtiff's OJPEG path gets its colours wrong. */
        VIPS_OF_WRAPPED_JFIF,
        /**
         * The RGB file a CIELab TIFF was made from: the TIFF codec's Lab conversion and ImageMagick's differ in their
         * white point handling, so a mean within 4/255 and none beyond 16/255.
         */
        RGB_IT_WAS_MADE_FROM
    }

    record Expected(String file, Reference reference, String note) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> decoded() {
        Stream<Expected> exact = Stream.of("png-rgb8.png", "png-rgb16.png", "png-rgba8.png", "png-rgba16.png", "png-grey1.png", "png-grey2.png",
                "png-grey4.png", "png-grey8.png", "png-grey16.png", "png-greya8.png", "png-greya16.png", "png-indexed.png", "png-indexed-trns.png",
                "png-interlaced.png", "tiff-bilevel-g3.tif", "tiff-bilevel-g4.tif", "tiff-bilevel-packbits.tif", "tiff-grey1.tif",
                "tiff-grey2.tif", "tiff-grey4.tif", "tiff-grey8.tif", "tiff-grey16.tif", "tiff-palette.tif", "tiff-rgb8.tif",
                "tiff-rgb16.tif", "tiff-rgba8.tif", "tiff-rgba16.tif", "tiff-float32.tif", "tiff-rgb8-jpeg.tif", "tiff-planar.tif",
                "tiff-tiled.tif", "tiff-bigtiff.tif", "jpeg-baseline.jpg", "jpeg-progressive.jpg", "jpeg-grey.jpg", "webp-lossless.webp",
                "webp-alpha.webp").map(f -> new Expected(f, Reference.VIPS, null));
        Stream<Expected> special = Stream.of(
                new Expected("png-apng.png", Reference.VIPS, "animated PNG: frame 1 of 2 read"),
                new Expected("tiff-multipage.tif", Reference.VIPS, "page 1 of 2 read"),
                new Expected("webp-animated.webp", Reference.VIPS, "frame 1 of 2 read"),
                new Expected("webp-lossy.webp", Reference.VIPS_LOSSY, null),
                new Expected("tiff-ojpeg.tif", Reference.VIPS_OF_WRAPPED_JFIF, null),
                new Expected("psd-layers.psd", Reference.MAGICK, null),
                new Expected("tiff-lab.tif", Reference.RGB_IT_WAS_MADE_FROM, "CIELab converted to sRGB by the TIFF codec"),
                new Expected("jpeg-ycck.jpg", Reference.MAGICK, null),
                new Expected("tiff-cmyk8.tif", Reference.MAGICK, "CMYK converted to sRGB by the device formula (the file has no profile)"),
                new Expected("tiff-cmyk8-lzw.tif", Reference.MAGICK, "CMYK converted to sRGB by the device formula (the file has no profile)"),
                new Expected("tiff-cmyk8-jpeg.tif", Reference.MAGICK, "CMYK converted to sRGB by the device formula (the file has no profile)"),
                new Expected("tiff-cmyk16-deflate.tif", Reference.MAGICK, "CMYK converted to sRGB by the device formula (the file has no profile)"));
        return Stream.concat(exact, special);
    }

    /**
     * The valid files we refuse, what the refusal must name, and what a truncated copy is: a JPEG's frame header
     * survives the cut (still refused by name), a TIFF whose directory is at its end does not (corrupt).
     */
    static Stream<String[]> refused() {
        return Stream.of(new String[] {"jpeg-12bit.jpg", "12-bit JPEG", "UNSUPPORTED"},
                new String[] {"tiff-jpeg2000.tif", "TIFF Compression value: 34712", "CORRUPT"});
    }

    static Stream<String> all() throws Exception {
        try (Stream<Path> list = Files.list(files)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @BeforeAll
    static void makeTheCorpus() throws Exception {
        files = Corpus.make(dir);
    }

    @Test
    void everyFileTheCorpusMakesHasAnExpectation() throws Exception {
        Set<String> expected = new TreeSet<>();
        decoded().forEach(e -> expected.add(e.file()));
        refused().forEach(r -> expected.add(r[0]));
        assertEquals(expected, all().collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @MethodSource("decoded")
    void decodesToTheSecondDecodersPixels(Expected e) throws Exception {
        Path file = files.resolve(e.file());
        ImageDocument ours = assertTimeoutPreemptively(LIMIT, () -> ImageFiles.read(file));
        Raster ref = reference(file, e.reference());
        assertEquals(ref.getWidth(), ours.pixels().width());
        assertEquals(ref.getHeight(), ours.pixels().height());
        assertEquals(new ImageSize(ref.getWidth(), ref.getHeight()), ImageFiles.size(file), "the header's size is the decoded one's");
        double[] diff = difference(ours, ref);
        int bits = ref.getSampleModel().getSampleSize(0);
        double step = 1.0 / ((1 << bits) - 1);
        if (e.reference() == Reference.VIPS_LOSSY || e.reference() == Reference.RGB_IT_WAS_MADE_FROM) {
            double mean = e.reference() == Reference.VIPS_LOSSY ? 1 : 4;
            assertTrue(diff[1] <= mean / 255 && diff[0] <= 16 / 255.0, e + ": mean " + diff[1] * 255 + ", max " + diff[0] * 255 + " (/255)");
        } else {
            double tolerance = (bits == 16 ? 2 : 1) * step + 1e-6;
            assertTrue(diff[0] <= tolerance, e + ": max difference " + diff[0] / step + " steps of " + bits + " bits");
        }
        assertTrue(diff[2] <= 1 / 255.0 + 1e-6, e + ": alpha differs by " + diff[2] * 255 + "/255");
        assertEquals(e.note() == null ? List.of() : List.of(e.note()), ours.notes());
    }

    @ParameterizedTest
    @MethodSource("refused")
    void validFilesWeDoNotReadAreRefusedByName(String file, String names, String truncated) {
        ImageIoException x = assertThrows(ImageIoException.class, () -> ImageFiles.read(files.resolve(file)));
        assertEquals(Kind.UNSUPPORTED, x.kind(), x.getMessage());
        assertTrue(x.getMessage().contains(names), x.getMessage());
    }

    @ParameterizedTest
    @MethodSource("all")
    void aTruncatedCopyIsCorruptAndNeverThrowsUnchecked(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(files.resolve(name));
        Path half = Files.write(dir.resolve("half-" + name), Arrays.copyOf(bytes, bytes.length / 2));
        ImageIoException x = assertThrows(ImageIoException.class, () -> assertTimeoutPreemptively(LIMIT, () -> ImageFiles.read(half)));
        Kind expected = refused().filter(r -> r[0].equals(name)).map(r -> Kind.valueOf(r[2])).findFirst().orElse(Kind.CORRUPT);
        assertEquals(expected, x.kind(), x.getMessage());
        assertEquals(1, x.getMessage().lines().count(), x.getMessage());
        ImageIoException thumb = assertThrows(ImageIoException.class, () -> assertTimeoutPreemptively(LIMIT, () -> Thumbnails.of(half, 64)));
        assertEquals(expected, thumb.kind(), thumb.getMessage());
    }

    @ParameterizedTest
    @MethodSource("decoded")
    void theThumbnailerReadsTheCorpus(Expected e) throws Exception {
        ImageDocument thumb = assertTimeoutPreemptively(LIMIT, () -> Thumbnails.of(files.resolve(e.file()), 64));
        assertEquals(64, Math.max(thumb.pixels().width(), thumb.pixels().height()));
        if (thumb.alpha() != null) {
            assertEquals(thumb.pixels().width(), thumb.alpha().width());
            assertEquals(thumb.pixels().height(), thumb.alpha().height());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png-rgba8.png", "tiff-rgba16.tif", "png-indexed-trns.png", "webp-alpha.webp", "png-greya16.png"})
    void alphaIsDecoded(String name) throws Exception {
        ImageDocument doc = ImageFiles.read(files.resolve(name));
        float[] a = doc.alpha().values();
        long clear = 0;
        long opaque = 0;
        for (float v : a) {
            clear += v < 0.01f ? 1 : 0;
            opaque += v > 0.99f ? 1 : 0;
        }
        assertTrue(clear > a.length / 10 && opaque > a.length / 3, name + ": the cut-out's corners are clear and its middle opaque");
    }

    /** The second decoder's pixels, through a PNG the JDK reads. */
    private static Raster reference(Path file, Reference how) throws Exception {
        Path png = dir.resolve("ref-" + file.getFileName() + ".png");
        switch (how) {
            case MAGICK -> Corpus.run(List.of("convert", file + "[0]", "-colorspace", "sRGB", png.toString()));
            case VIPS_OF_WRAPPED_JFIF -> Corpus.run(List.of("vips", "pngsave", files.resolve("jpeg-baseline.jpg").toString(), png.toString()));
            case RGB_IT_WAS_MADE_FROM -> Corpus.run(List.of("vips", "pngsave", files.resolve("png-rgb8.png").toString(), png.toString()));
            default -> {
                if (file.getFileName().toString().contains("float")) {
                    Path scaled = dir.resolve("scaled.v");
                    Path cast = dir.resolve("cast.v");
                    Corpus.run(List.of("vips", "linear", file.toString(), scaled.toString(), "65535", "0"));
                    Corpus.run(List.of("vips", "cast", scaled.toString(), cast.toString(), "ushort"));
                    Corpus.run(List.of("vips", "pngsave", cast.toString(), png.toString(), "--bitdepth", "16"));
                } else {
                    Corpus.run(List.of("vips", "pngsave", file.toString(), png.toString()));
                }
            }
        }
        return ImageIO.read(png.toFile()).getRaster();
    }

    /** The largest and the mean difference of the colour samples, and the largest of alpha (opaque where one has none). */
    private static double[] difference(ImageDocument ours, Raster ref) {
        float max = (1 << ref.getSampleModel().getSampleSize(0)) - 1;
        int bands = ref.getNumBands();
        boolean refAlpha = bands == 2 || bands == 4;
        double worst = 0;
        double sum = 0;
        double worstAlpha = 0;
        for (int y = 0; y < ref.getHeight(); y++) {
            for (int x = 0; x < ref.getWidth(); x++) {
                for (int c = 0; c < 3; c++) {
                    double d = Math.abs(ref.getSample(x, y, bands >= 3 ? c : 0) / max - ours.pixels().get(c, x, y));
                    worst = Math.max(worst, d);
                    sum += d;
                }
                float a = refAlpha ? ref.getSample(x, y, bands - 1) / max : 1f;
                float o = ours.alpha() == null ? 1f : ours.alpha().get(x, y);
                worstAlpha = Math.max(worstAlpha, Math.abs(a - o));
            }
        }
        return new double[] {worst, sum / (3.0 * ref.getWidth() * ref.getHeight()), worstAlpha};
    }
}
