package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Versions as the API baseline reads them: every package a bundle of ours exports as API (neither {@code x-internal}
 * nor {@code x-friends}) has a semantic version, the same in its bundle's manifest and in its {@code package-info.java}
 * ({@code @Version}, where a developer changing the API sees it); an internal package has none.
 */
class PackageVersionsIT {

    private static final Path SOURCES = Path.of(System.getProperty("lr.source.dir"));
    private static final Pattern VERSION = Pattern.compile(";version=\"(\\d+\\.\\d+\\.\\d+)\"");
    private static final Pattern ANNOTATED = Pattern.compile("@Version\\(\"([^\"]+)\"\\)");

    @Test
    void everyApiPackageHasOneSemanticVersionInItsManifestAndItsPackageInfo() throws IOException {
        int api = 0;
        for (Path bundle : bundles()) {
            for (String clause : exports(bundle)) {
                String name = clause.split(";")[0];
                Optional<String> annotated = annotated(bundle.resolve("src").resolve(name.replace('.', '/')).resolve("package-info.java"));
                if (clause.contains("x-internal") || clause.contains("x-friends")) {
                    assertFalse(annotated.isPresent(), name + " is internal and has a version");
                    continue;
                }
                Matcher version = VERSION.matcher(clause);
                assertTrue(version.find(), name + " is exported as API without a version: " + clause);
                assertEquals(Optional.of(version.group(1)), annotated, name + ": the manifest's version and package-info's");
                api++;
            }
        }
        assertTrue(api >= 15, "the API packages seen: " + api);
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES.resolve("bundles"))) {
            return dirs.filter(d -> !d.getFileName().toString().endsWith(".tests")).filter(d -> Files.isRegularFile(d.resolve("META-INF/MANIFEST.MF")))
                    .sorted().toList();
        }
    }

    /** The clauses of the bundle's Export-Package header (commas inside quotes do not split). */
    private static List<String> exports(Path bundle) throws IOException {
        String header;
        try (InputStream in = Files.newInputStream(bundle.resolve("META-INF/MANIFEST.MF"))) {
            header = new Manifest(in).getMainAttributes().getValue("Export-Package");
        }
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().strip());
        return clauses;
    }

    private static Optional<String> annotated(Path packageInfo) throws IOException {
        if (!Files.isRegularFile(packageInfo)) {
            return Optional.empty();
        }
        Matcher m = ANNOTATED.matcher(Files.readString(packageInfo));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
