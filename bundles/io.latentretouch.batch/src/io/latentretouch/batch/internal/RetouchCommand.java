package io.latentretouch.batch.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.latentretouch.batch.Command;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.MaskFiles;
import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.FabricRegion;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RecipeException;
import io.latentretouch.retouch.Recipes;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SampleShoot;
import io.latentretouch.retouch.Variants;

/**
 * {@code retouch [--recipe NAME|FILE]... [--seed N] [--markets EU,FRANCE,NORWAY] [--fabric-region whole-image|MASKFILE]
 * [FILE|FOLDER]...}: the main job. With no files it generates a sample shoot, applies both shipped recipes, saves the
 * variants and a contact sheet, and reports what the retouching did against the shoot's known truth. A fabric step
 * whose recipe takes the region given acts where {@code --fabric-region} says, and is skipped (the report says so)
 * without it.
 */
@Component(service = Command.class)
public final class RetouchCommand implements Command {

    static final Path SAMPLE = Path.of("latent-retouch-shoot");
    static final int SAMPLE_SIZE = 768;

    @Reference
    private Retoucher retoucher;

    @Override
    public String name() {
        return "retouch";
    }

    @Override
    public String summary() {
        return "apply recipes to files or folders and save variants; with no files, a generated sample shoot and a contact sheet";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        try {
            Options o = Options.parse(args);
            RetouchJob job = new RetouchJob(retoucher, o.seed, o.markets, o.fabric);
            if (o.paths.isEmpty()) {
                return new SampleReport(retoucher, out).run(job, SampleShoot.write(SAMPLE, SAMPLE_SIZE), o.recipes);
            }
            int failed = 0;
            Report report = new Report(out);
            for (Path file : images(o.paths)) {
                for (RetouchJob.Outcome outcome : job.run(file, o.recipes)) {
                    report.row(outcome);
                    failed += outcome.error() == null ? 0 : 1;
                }
            }
            return failed == 0 ? 0 : 1;
        } catch (IllegalArgumentException | RecipeException e) {
            out.println("retouch: " + e.getMessage());
            return 2;
        } catch (ImageIoException | IOException e) {
            out.println("retouch: " + e.getMessage());
            return 1;
        }
    }

    /** Image files among the paths, folders expanded (not recursively), in name order. */
    static List<Path> images(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> ImageFiles.formatByName(f).isPresent()).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The command line, checked. */
    static final class Options {
        final List<Recipe> recipes = new ArrayList<>();
        final List<Path> paths = new ArrayList<>();
        long seed = 20261128L;
        Set<Market> markets = Variants.DEFAULT_MARKETS;
        RetouchJob.FabricRegion fabric = image -> null;

        static Options parse(List<String> args) throws RecipeException {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--recipe" -> o.recipes.add(Recipes.named(value(args, ++i, a)));
                    case "--seed" -> o.seed = Long.parseLong(value(args, ++i, a));
                    case "--markets" -> o.markets = markets(value(args, ++i, a));
                    case "--fabric-region" -> o.fabric = fabric(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a + ", expected --recipe, --seed, --markets or --fabric-region");
                        }
                        o.paths.add(Path.of(a));
                    }
                }
            }
            if (o.recipes.isEmpty()) {
                o.recipes.addAll(Recipes.shipped());
            }
            return o;
        }

        static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }

        /** The whole image, or a mask file (grey or alpha, any size) scaled to each image. */
        private static RetouchJob.FabricRegion fabric(String region) {
            if (region.equals(FabricRegion.WHOLE_IMAGE.id())) {
                return image -> Mask.full(image.width(), image.height());
            }
            Path file = Path.of(region);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--fabric-region takes whole-image or a mask file; there is no file " + file);
            }
            return image -> MaskFiles.read(file, image.width(), image.height()).mask();
        }

        static Set<Market> markets(String list) {
            Set<Market> m = EnumSet.noneOf(Market.class);
            for (String s : list.split(",")) {
                try {
                    m.add(Market.valueOf(s.trim().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown market '" + s + "', expected EU, FRANCE or NORWAY");
                }
            }
            return m;
        }
    }
}
