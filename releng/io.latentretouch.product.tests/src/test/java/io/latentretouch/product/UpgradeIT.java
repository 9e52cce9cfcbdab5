package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades without surprises: the bare product gets the Latent Retouch and catalog features from this build's update
 * site, runs with the user's things in place (a catalog with a shoot in it, an installed model, a preference), is updated with the p2 director from the next
 * release's site (the same sources with every qualifier bumped, releng/upgrade/next-site.sh), runs the new bundles with
 * the user's things as they were, and is reverted through its p2 profile to the older bundles, which run again; an
 * update that cannot resolve leaves it as it was.
 */
class UpgradeIT {

    private static final Path PRODUCT = Path.of(System.getProperty("lr.product.dir"));
    private static final Path OLDER = Path.of(System.getProperty("lr.repository.dir"));
    private static final Path NEWER = Path.of(System.getProperty("lr.next.repository.dir"));
    private static final Path HEADLESS = Path.of(System.getProperty("lr.headless.dir"));
    private static final String LIBRARY = "io.latentretouch.catalog.ui.library";
    private static final String MODELS = "io.latentretouch.retouch.ui.models";
    private static final String INSTALLED = "upgrade.fabric-installed";
    private static final List<String> FEATURES = List.of("io.latentretouch.retouch.feature.feature.group",
            "io.latentretouch.catalog.ui.feature.feature.group");

    @TempDir
    Path work;

    @Test
    void anUpdateFromTheNextSiteKeepsTheUsersThingsAndARevertBringsTheOlderBundlesBack() throws Exception {
        Path product = work.resolve("latent-retouch");
        Path home = Files.createDirectories(work.resolve("home"));
        ProductRun.copy(PRODUCT, product);
        String older = version(OLDER);
        String newer = version(NEWER);
        assertTrue(newer.compareTo(older) > 0, newer + " must be newer than " + older);

        ProductRun installed = ProductRun.director(product, "-repository", OLDER.toUri().toString(), "-installIU", String.join(",", FEATURES));
        assertEquals(0, installed.code(), installed.output());
        importShoot(home, work.resolve("shoot"));
        Path model = installModel(product, home);
        // a preference the retoucher set (where generated frames are kept), as the preference store writes it
        Path settings = Files.createDirectories(work.resolve("workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"));
        Files.writeString(settings.resolve("io.latentretouch.retouch.ui.prefs"), "eclipse.preferences.version=1\ngeneration.folder="
                + work.resolve("frames") + "\n");
        Map<Path, String> things = userThings(home, work.resolve("workspace"), null);
        assertTrue(things.containsKey(model), things.keySet().toString());
        assertTrue(things.containsKey(settings.resolve("io.latentretouch.retouch.ui.prefs")), things.keySet().toString());
        assertUsersThingsWork(assertRuns(product, home, older));

        String beforeUpdate = newestState(product);
        // an update that cannot resolve (the newer release beside the older: one perspective bundle at a time) changes
        // nothing, p2's plans are all or nothing
        String bundlesInfo = Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
        ProductRun unresolvable = ProductRun.director(product, "-repository", NEWER.toUri().toString(), "-installIU", FEATURES.get(0) + "/0.1.0." + newer);
        assertNotEquals(0, unresolvable.code(), unresolvable.output());
        assertTrue(unresolvable.output().contains("Cannot complete the install because of a conflicting dependency"), unresolvable.output());
        assertEquals(bundlesInfo, Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")));
        assertEquals(beforeUpdate, newestState(product), "no new profile state");
        ProductRun updated = ProductRun.director(product, "-repository", NEWER.toUri().toString(), "-uninstallIU", String.join(",", FEATURES), "-installIU",
                String.join(",", FEATURES.stream().map(f -> f + "/0.1.0." + newer).toList()));
        assertEquals(0, updated.code(), updated.output());
        assertUsersThingsWork(assertRuns(product, home, newer));
        assertEquals(things, userThings(home, work.resolve("workspace"), things), "the user's things are as they were");
        assertEquals(1, ProductRun.plugins(product, "io.latentretouch.retouch.ui_0.1.0." + newer + ".jar").size(), "the newer bundle is installed");

        // the older release's site is where its artifacts come back from
        ProductRun reverted = ProductRun.director(product, "-repository", OLDER.toUri().toString(), "-revert", beforeUpdate);
        assertEquals(0, reverted.code(), reverted.output());
        assertUsersThingsWork(assertRuns(product, home, older));
        assertEquals(things, userThings(home, work.resolve("workspace"), things), "the user's things survived the revert");
    }

    /**
     * The product starts with every perspective and runs the features' bundles at that qualifier only (the bare host's
     * own workbench bundle is the product's and stays as it was built). @return what it printed
     */
    private String assertRuns(Path product, Path home, String qualifier) throws IOException, InterruptedException {
        ProductRun run = ProductRun.of(product, Map.of("LR_JAVA_OPTS", "-Duser.home=" + home), List.of(product.resolve("latent-retouch").toString(),
                "-data", work.resolve("workspace").toString(), "-verify"));
        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().lines().anyMatch(l -> l.matches("verify: (\\d+) of \\1 Latent Retouch perspectives opened")), run.output());
        String line = run.output().lines().filter(l -> l.startsWith("verify: bundles ")).findFirst().orElseThrow(() -> new AssertionError(run.output()));
        Map<String, String> bundles = new TreeMap<>();
        for (String bundle : line.substring("verify: bundles ".length()).split(", ")) {
            bundles.put(bundle.substring(0, bundle.indexOf(' ')), bundle.substring(bundle.indexOf(' ') + 1));
        }
        bundles.remove("io.latentretouch.workbench.ui");
        assertTrue(bundles.keySet().containsAll(List.of("io.latentretouch.retouch.ui", "io.latentretouch.catalog.ui", "io.latentretouch.inference.onnx",
                "io.latentretouch.jobs")), line);
        bundles.forEach((bundle, version) -> assertEquals("0.1.0." + qualifier, version, bundle + " in " + line));
        return run.output();
    }

    /** The Library shows the user's catalog with its two stacks, the Models view the model the user installed. */
    private static void assertUsersThingsWork(String output) {
        String library = ProductRun.line(output, "verify: view " + LIBRARY + " shows: ");
        assertTrue(library.contains("2 stacks in "), library);
        String models = ProductRun.line(output, "verify: view " + MODELS + " shows: ");
        assertTrue(models.contains(INSTALLED), models);
    }

    /** The user's catalog, where the workbench opens it by default, with two photos imported by the headless host. */
    private static void importShoot(Path home, Path shoot) throws IOException, InterruptedException {
        Files.createDirectories(shoot);
        for (int i = 0; i < 2; i++) {
            BufferedImage photo = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 48; x++) {
                    photo.setRGB(x, y, (120 + x * 2 + i * 40) << 16 | (100 + y * 3) << 8 | 90);
                }
            }
            ImageIO.write(photo, "png", shoot.resolve("look-" + i + ".png").toFile());
        }
        Path catalog = Files.createDirectories(home.resolve("Pictures").resolve("Latent Retouch Catalog")).resolve("catalog.db");
        ProductRun imported = ProductRun.of(shoot, Map.of(), List.of(HEADLESS.resolve("bin").resolve("latent-retouch").toString(), "import", "--catalog",
                "jdbc:sqlite:" + catalog, shoot.toString()));
        assertEquals(0, imported.code(), imported.output());
    }

    /** An installed model in the user's models folder: the embedded fabric model's file under another id. */
    private static Path installModel(Path product, Path home) throws IOException {
        Path folder = Files.createDirectories(home.resolve(".latentretouch").resolve("models"));
        Path jar = ProductRun.plugins(product, "io.latentretouch.inference.models_").get(0);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            try (InputStream in = zip.getInputStream(zip.getEntry("models/fabric-detail.onnx"))) {
                Files.copy(in, folder.resolve("fabric-detail.onnx"));
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("models/fabric-detail.json"))) {
                Files.writeString(folder.resolve("fabric-installed.json"), new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\"lr.fabric-detail\"", "\"" + INSTALLED + "\""));
            }
        }
        return folder.resolve("fabric-detail.onnx");
    }

    /**
     * The user's files and the SHA-256 of each: the installed models and the workspace's preferences; only those of
     * {@code earlier} when given (the workbench adds preference files of its own as it runs).
     */
    private static Map<Path, String> userThings(Path home, Path workspace, Map<Path, String> earlier) throws IOException, NoSuchAlgorithmException {
        Map<Path, String> things = new TreeMap<>();
        for (Path root : List.of(home.resolve(".latentretouch/models"), workspace.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> earlier == null || earlier.containsKey(f)).toList()) {
                    things.put(f, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                }
            }
        }
        if (earlier != null) {
            earlier.keySet().forEach(f -> things.putIfAbsent(f, "missing"));
        }
        return things;
    }

    /** The timestamp of the installation's newest p2 profile state, which {@code -revert} takes. */
    private static String newestState(Path product) throws IOException {
        try (Stream<Path> states = Files.list(product.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile"))) {
            return states.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d+\\.profile(\\.gz)?")).map(n -> n.replaceAll("\\..*", ""))
                    .max(Comparator.comparingLong(Long::parseLong)).orElseThrow();
        }
    }

    private static String version(Path site) throws IOException {
        try (Stream<Path> features = Files.list(site.resolve("features"))) {
            String name = features.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("io.latentretouch.retouch.feature_")).findFirst().orElseThrow();
            return name.replaceAll("^io\\.latentretouch\\.retouch\\.feature_\\d+\\.\\d+\\.\\d+\\.(.*)\\.jar$", "$1");
        }
    }
}
