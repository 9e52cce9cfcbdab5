package io.latentretouch.batch.internal.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.ColorConverter;
import io.latentretouch.imaging.color.StandardProfile;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.Thumbnails;
import io.latentretouch.imaging.io.WriteOptions;

/**
 * The image I/O benchmarks: decoding and encoding 24-megapixel JPEG and 16-bit TIFF files against libvips and
 * ImageMagick, the screen conversion of 24 megapixels, library thumbnails against vipsthumbnail, and the encodings real
 * shoots add (palette PNG, bilevel, CMYK, tiled and BigTIFF) against libvips, all in one run.
 */
final class ImagingBench {

    private static final int W = 6000;
    private static final int H = 4000;
    private static final int RUNS = 3;
    private static final int THUMBNAILS = 12;
    private static final String TIFFCP = "/usr/bin/tiffcp";

    private final PrintStream out;

    ImagingBench(PrintStream out) {
        this.out = out;
    }

    void run(Path work) throws Exception {
        PlanarImage image = LargeImages.portraits(W, H);
        ImageDocument adobe = new ImageDocument(image, StandardProfile.ADOBE_RGB.iccBytes(), 16, "tiff", null);
        Path jpeg = work.resolve("24mp.jpg");
        Path tiff = work.resolve("24mp-16.tif");
        ImageFiles.write(adobe, jpeg, WriteOptions.of(OutputFormat.JPEG));
        ImageFiles.write(adobe, tiff, WriteOptions.of(OutputFormat.TIFF));
        Path ppm = work.resolve("24mp.ppm");
        boolean vips = External.exists("/usr/bin/vips");
        boolean magick = External.exists(External.CONVERT);
        Path v8 = work.resolve("24mp.v");
        Path v16 = work.resolve("24mp-16.v");
        if (vips) {
            External.run(List.of("/usr/bin/vips", "copy", jpeg.toString(), v8.toString()));
            External.run(List.of("/usr/bin/vips", "copy", tiff.toString(), v16.toString()));
        }
        if (magick) {
            External.run(List.of(External.CONVERT, jpeg.toString(), ppm.toString()));
        }

        out.println("| 24 MP (6000×4000), median of " + RUNS + " | Latent Retouch | libvips | ImageMagick | ratio to vips | ratio to ImageMagick |");
        out.println("|---|---|---|---|---|---|");
        double[] decodeJpeg = {Stopwatch.median(RUNS, () -> ImageFiles.read(jpeg)),
            vips ? External.medianMillis(RUNS, List.of("/usr/bin/vips", "avg", jpeg.toString())) : Double.NaN,
            magick ? External.medianMillis(RUNS, List.of(External.CONVERT, jpeg.toString(), "null:")) : Double.NaN};
        row("decode JPEG (to float planes / vips avg / convert null:)", decodeJpeg);
        double[] decodeTiff = {Stopwatch.median(RUNS, () -> ImageFiles.read(tiff)),
            vips ? External.medianMillis(RUNS, List.of("/usr/bin/vips", "avg", tiff.toString())) : Double.NaN,
            magick ? External.medianMillis(RUNS, List.of(External.CONVERT, tiff.toString(), "null:")) : Double.NaN};
        row("decode 16-bit TIFF (Deflate)", decodeTiff);
        Path outJpeg = work.resolve("out.jpg");
        Path outTiff = work.resolve("out.tif");
        double[] encodeJpeg = {Stopwatch.median(RUNS, () -> ImageFiles.write(adobe, outJpeg, WriteOptions.of(OutputFormat.JPEG).replacing())),
            vips ? External.medianMillis(RUNS, List.of("/usr/bin/vips", "copy", v8.toString(), outJpeg + "[Q=92]")) : Double.NaN,
            magick ? External.medianMillis(RUNS, List.of(External.CONVERT, ppm.toString(), "-quality", "92", outJpeg.toString()))
                    - External.medianMillis(RUNS, List.of(External.CONVERT, ppm.toString(), "null:")) : Double.NaN};
        row("encode JPEG q 92 (vips from its own format; ImageMagick minus reading a PPM)", encodeJpeg);
        double[] encodeTiff = {Stopwatch.median(RUNS, () -> ImageFiles.write(adobe, outTiff, WriteOptions.of(OutputFormat.TIFF).replacing())),
            vips ? External.medianMillis(RUNS, List.of("/usr/bin/vips", "copy", v16.toString(), outTiff + "[compression=deflate]")) : Double.NaN,
            Double.NaN};
        row("encode 16-bit TIFF (Deflate)", encodeTiff);

        byte[] screen = new byte[W * H * 3];
        ColorConverter adobeToScreen = new ColorConverter(adobe.colorSpace());
        ColorConverter srgbToScreen = new ColorConverter(StandardProfile.SRGB.space());
        out.println();
        out.println("| screen conversion, 24 MP → 8-bit sRGB, median of 5 | ms |");
        out.println("|---|---|");
        out.printf("| Adobe RGB source (curves, matrix, sRGB encoding) | %.0f |%n", Stopwatch.median(5, () -> adobeToScreen.toScreen(image, 0, 0, W, H, screen, W * 3)));
        out.printf("| sRGB source (one table) | %.0f |%n", Stopwatch.median(5, () -> srgbToScreen.toScreen(image, 0, 0, W, H, screen, W * 3)));

        thumbnails(work, jpeg, vips);
        if (vips && magick && External.exists(TIFFCP)) {
            formats(work, jpeg);
        }
    }

    /** The encodings real shoots add, made at 24 MP from the JPEG by the tools that write them, decoded by us and by vips. */
    private void formats(Path work, Path jpeg) throws Exception {
        Path tif = work.resolve("rgb8.tif");
        Path cmyk = work.resolve("cmyk8.tif");
        Path bilevel = work.resolve("bilevel.tif");
        External.run(List.of(External.CONVERT, jpeg.toString(), "-compress", "None", tif.toString()));
        External.run(List.of(External.CONVERT, jpeg.toString(), "-colorspace", "CMYK", "-compress", "None", cmyk.toString()));
        External.run(List.of(External.CONVERT, jpeg.toString(), "-colorspace", "Gray", "-threshold", "50%", "-depth", "1", "-compress", "None",
                bilevel.toString()));
        List<String[]> kinds = List.of(
                new String[] {"PNG, 8-bit palette", "palette.png", External.CONVERT, jpeg.toString(), "-colors", "256", "PNG8:%s"},
                new String[] {"TIFF, bilevel CCITT G4", "g4.tif", TIFFCP, "-c", "g4", bilevel.toString(), "%s"},
                new String[] {"TIFF, CMYK, JPEG-compressed", "cmyk-jpeg.tif", TIFFCP, "-c", "jpeg:90", cmyk.toString(), "%s"},
                new String[] {"TIFF, CMYK 8-bit, LZW", "cmyk-lzw.tif", TIFFCP, "-c", "lzw", cmyk.toString(), "%s"},
                new String[] {"TIFF, tiled 256², LZW", "tiled.tif", TIFFCP, "-t", "-w", "256", "-l", "256", "-c", "lzw", tif.toString(), "%s"},
                new String[] {"BigTIFF, LZW", "big.tif", TIFFCP, "-8", "-c", "lzw", tif.toString(), "%s"});
        out.println();
        out.println("| decode at 24 MP, median of " + RUNS + " | Latent Retouch | libvips (vips avg) | ratio to vips |");
        out.println("|---|---|---|---|");
        for (String[] k : kinds) {
            Path file = work.resolve(k[1]);
            List<String> command = new ArrayList<>();
            for (int i = 2; i < k.length; i++) {
                command.add(k[i].replace("%s", file.toString()));
            }
            External.run(command);
            double ours = Stopwatch.median(RUNS, () -> ImageFiles.read(file));
            double theirs = External.medianMillis(RUNS, List.of("/usr/bin/vips", "avg", file.toString()));
            out.printf("| %s | %.0f ms | %.0f ms | %.2f× |%n", k[0], ours, theirs, ours / theirs);
        }
    }

    private void thumbnails(Path work, Path jpeg, boolean vips) throws Exception {
        Path folder = Files.createDirectories(work.resolve("shoot"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < THUMBNAILS; i++) {
            files.add(Files.copy(jpeg, folder.resolve("frame-" + i + ".jpg")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            double ms = Stopwatch.median(RUNS, () -> {
                List<Future<ImageDocument>> done = new ArrayList<>();
                for (Path f : files) {
                    done.add(pool.submit(() -> Thumbnails.of(f, 256)));
                }
                for (Future<ImageDocument> f : done) {
                    f.get();
                }
            });
            out.println();
            out.println("| 256-px thumbnails of " + THUMBNAILS + " × 24 MP JPEG | images/s |");
            out.println("|---|---|");
            out.printf("| Latent Retouch (subsampled decode, area resize, one thread per core) | %.1f |%n", THUMBNAILS / (ms / 1000));
            if (vips) {
                List<String> command = new ArrayList<>(List.of("/usr/bin/vipsthumbnail", "-s", "256", "-o", work.resolve("%s_thumb.jpg").toString()));
                files.forEach(f -> command.add(f.toString()));
                double vipsMs = External.medianMillis(RUNS, command);
                out.printf("| vipsthumbnail (shrink-on-load) | %.1f |%n", THUMBNAILS / (vipsMs / 1000));
            }
        } finally {
            pool.shutdown();
        }
    }

    private void row(String what, double[] ms) {
        out.printf("| %s | %.0f ms | %s | %s | %s | %s |%n", what, ms[0], fmt(ms[1]), fmt(ms[2]), ratio(ms[0], ms[1]), ratio(ms[0], ms[2]));
    }

    private static String fmt(double ms) {
        return Double.isNaN(ms) ? "–" : String.format("%.0f ms", ms);
    }

    private static String ratio(double ours, double anchor) {
        return Double.isNaN(anchor) ? "–" : String.format("%.2f×", ours / anchor);
    }
}
