package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API baseline (the root pom's api-baseline profile, on with {@code -Dlr.baseline.repository=SITE}): in a copy of
 * these sources the inference API loses a method, and building that bundle against this build's update site as the
 * previous release fails, naming the package and the version it needs; the same break released as semantic versioning
 * asks (the package's major version raised, and the bundle's version) builds. The next release's site, built from the
 * unchanged sources, passes the same check (releng/upgrade/next-site.sh).
 */
class ApiBaselineIT {

    private static final Path SOURCES = Path.of(System.getProperty("lr.source.dir"));
    private static final Path RELEASED = Path.of(System.getProperty("lr.repository.dir"));
    private static final String BUNDLE = "bundles/io.latentretouch.inference.api";
    private static final String REMOVED = "    void refresh();";

    @TempDir
    Path work;

    @Test
    void anApiBreakFailsTheBuildUntilThePackageVersionSaysSo() throws Exception {
        Path copy = work.resolve("sources");
        ProductRun copied = ProductRun.of(SOURCES, Map.of(), List.of("bash", "-c", "mkdir -p '" + copy + "' && tar --exclude=./.git --exclude=target -cf - . | tar -xf - -C '"
                + copy + "'"));
        assertEquals(0, copied.code(), copied.output());
        Path registry = copy.resolve(BUNDLE).resolve("src/io/latentretouch/inference/ModelRegistry.java");
        String api = Files.readString(registry);
        assertTrue(api.contains(REMOVED), "the method this test removes is in " + registry);
        Files.writeString(registry, api.replace(REMOVED, ""));

        ProductRun broken = build(copy);
        assertNotEquals(0, broken.code(), broken.output());
        assertTrue(broken.output().contains("Baseline problems found!"), broken.output());
        assertTrue(broken.output().lines().anyMatch(l -> l.matches(".*MAJOR\\W+PACKAGE\\W+io\\.latentretouch\\.inference\\W+1\\.4\\.0\\W+1\\.4\\.0\\W+2\\.0\\.0\\W*")),
                "the package and the major version it needs: " + broken.output());
        assertTrue(broken.output().contains("refresh()"), "the removed method is named: " + broken.output());

        replace(copy.resolve(BUNDLE).resolve("META-INF/MANIFEST.MF"), "io.latentretouch.inference;version=\"1.4.0\"", "io.latentretouch.inference;version=\"2.0.0\"");
        replace(copy.resolve(BUNDLE).resolve("META-INF/MANIFEST.MF"), "Bundle-Version: 0.1.0.qualifier", "Bundle-Version: 0.2.0.qualifier");
        replace(copy.resolve(BUNDLE).resolve("pom.xml"), "<packaging>", "<version>0.2.0-SNAPSHOT</version>\n  <packaging>");
        ProductRun released = build(copy);
        assertEquals(0, released.code(), released.output());
    }

    /** Builds the API bundle of {@code copy} with the baseline against this build's site. */
    private static ProductRun build(Path copy) throws IOException, InterruptedException {
        return ProductRun.of(copy, Map.of(), List.of("./mvnw", "-q", "verify", "-DskipTests", "-pl", "target-platform," + BUNDLE,
                "-Dlr.baseline.repository=" + RELEASED.toUri()));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from + " in " + file);
        Files.writeString(file, text.replace(from, to));
    }
}
