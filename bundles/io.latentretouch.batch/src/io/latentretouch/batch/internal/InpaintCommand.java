package io.latentretouch.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.SavedVariant;
import io.latentretouch.retouch.Variants;

/**
 * {@code inpaint --mask FILE|FOLDER [--model ID] [--candidates N] [--seed N] [--markets EU,…] [--context PX] [--feather PX]
 * [--colour-match] FILE|FOLDER…}: fills the
 * masked region of each image and saves each candidate as a variant, its mask stored beside it. A mask file serves
 * every image; a mask folder gives each image the mask of its name ({@code photo.png}, {@code photo_mask.png},
 * {@code photo-mask.tif}, … for {@code photo.jpg}). Masks of another size are scaled to the image, with a warning when
 * the aspect differs.
 */
@Component(service = Command.class)
public final class InpaintCommand implements Command {

    @Reference
    private RegionFill fill;

    @Override
    public String name() {
        return "inpaint";
    }

    @Override
    public String summary() {
        return "fill masked regions (--mask FILE|FOLDER [--model ID] [--candidates N]) and save the candidates as variants";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        try {
            Options o = Options.parse(args);
            int failed = 0;
            for (Path file : RetouchCommand.images(o.paths)) {
                try {
                    for (String line : inpaint(file, o)) {
                        out.println(file.getFileName() + ": " + line);
                    }
                } catch (ImageIoException | InferenceException e) {
                    out.println(file.getFileName() + ": FAILED: " + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? 0 : 1;
        } catch (IllegalArgumentException e) {
            out.println("inpaint: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            out.println("inpaint: " + e.getMessage());
            return 1;
        }
    }

    /** What was written for one image, one line each, warnings first. */
    private List<String> inpaint(Path file, Options o) throws ImageIoException, InferenceException, IOException {
        ImageDocument doc = ImageFiles.read(file);
        MaskFiles.Imported mask = MaskFiles.read(maskFor(file, o.mask), doc.pixels().width(), doc.pixels().height());
        List<String> lines = new ArrayList<>();
        if (mask.warning() != null) {
            lines.add("warning: " + mask.warning());
        }
        List<Retouched> candidates = fill.fill(doc.pixels(), mask.mask(), o.model, o.fill, o.candidates, o.seed, RunMonitor.NONE);
        for (int k = 0; k < candidates.size(); k++) {
            SavedVariant saved = Variants.saveFill(file, doc, candidates.get(k), mask.mask(), Variants.REGION_FILL, o.seed + k, o.markets);
            lines.add(saved.file() + (saved.labelled() != null ? " (labelled copy " + saved.labelled().getFileName() + ")" : ""));
        }
        return lines;
    }

    /** The mask file itself, or the one in the folder named after the image. */
    static Path maskFor(Path image, Path mask) throws IOException, ImageIoException {
        if (!Files.isDirectory(mask)) {
            return mask;
        }
        String name = image.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Set<String> wanted = Set.of(stem, stem + "_mask", stem + "-mask", stem + ".mask", name + ".mask");
        try (Stream<Path> files = Files.list(mask)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.contains(".") && wanted.contains(n.substring(0, n.lastIndexOf('.')));
            }).sorted().findFirst().orElseThrow(() -> new ImageIoException(ImageIoException.Kind.UNREADABLE, mask.resolve(stem + ".png"),
                    "does not exist: the mask folder has no mask named after " + name + " (" + stem + ".png, " + stem + "_mask.png, …)"));
        }
    }

    /** The command line, checked. */
    static final class Options {
        Path mask;
        String model = RegionFill.DEFAULT_ENGINE;
        FillOptions fill = FillOptions.DEFAULT;
        int candidates = 1;
        long seed = 20261128L;
        Set<Market> markets = Variants.DEFAULT_MARKETS;
        final List<Path> paths = new ArrayList<>();

        static Options parse(List<String> args) {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--mask" -> o.mask = Path.of(RetouchCommand.Options.value(args, ++i, a));
                    case "--model" -> o.model = RetouchCommand.Options.value(args, ++i, a);
                    case "--candidates" -> o.candidates = candidates(RetouchCommand.Options.value(args, ++i, a));
                    case "--seed" -> o.seed = Long.parseLong(RetouchCommand.Options.value(args, ++i, a));
                    case "--markets" -> o.markets = RetouchCommand.Options.markets(RetouchCommand.Options.value(args, ++i, a));
                    case "--context" -> o.fill = new FillOptions(Integer.parseInt(RetouchCommand.Options.value(args, ++i, a)), o.fill.feather(),
                            o.fill.colourMatch());
                    case "--feather" -> o.fill = new FillOptions(o.fill.context(), Double.parseDouble(RetouchCommand.Options.value(args, ++i, a)),
                            o.fill.colourMatch());
                    case "--colour-match" -> o.fill = new FillOptions(o.fill.context(), o.fill.feather(), true);
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a
                                    + ", expected --mask, --model, --candidates, --seed, --markets, --context, --feather or --colour-match");
                        }
                        o.paths.add(Path.of(a));
                    }
                }
            }
            if (o.mask == null || !Files.exists(o.mask)) {
                throw new IllegalArgumentException(o.mask == null ? "--mask FILE|FOLDER is required: the region to fill"
                        : "--mask " + o.mask + " does not exist");
            }
            if (o.paths.isEmpty()) {
                throw new IllegalArgumentException("name the images to fill");
            }
            return o;
        }

        private static int candidates(String v) {
            int n = Integer.parseInt(v);
            if (n < 1 || n > 9) {
                throw new IllegalArgumentException("--candidates runs from 1 to 9, not " + n);
            }
            return n;
        }
    }
}
