package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Studio IT's path: the workbench product ships without the Latent Retouch feature; the p2 director installs it from
 * the built update site; the restarted workbench has the Latent Retouch perspective. A wrong site added in the Install
 * wizard gets the wizard's clear message and is not kept. Every jar of ours on the site is
 * signed with the build's key, and an installation trusts that signer when studio IT names its certificate.
 */
class InstallFromUpdateSiteIT {

    private static final Path PRODUCT = Path.of(System.getProperty("lr.product.dir"));
    private static final Path REPOSITORY = Path.of(System.getProperty("lr.repository.dir"));
    private static final Path CERTIFICATE = Path.of(System.getProperty("lr.sign.certificate"));

    @TempDir
    Path work;

    @Test
    void directorInstallsTheRetouchFeatureAndItsPerspectiveOpens() throws Exception {
        Path product = work.resolve("latent-retouch");
        ProductRun.copy(PRODUCT, product);
        assertEquals(List.of(), ProductRun.plugins(product, "io.latentretouch.retouch.ui_"), "the product must not contain the feature yet");

        Path customization = product.resolve("plugin_customization.ini");
        assertTrue(Files.readString(customization).contains("org.eclipse.equinox.p2.ui.sdk.scheduler/enabled=false"),
                "automatic update checks are off by default");
        // studio IT points the product at its own site: the setting the product ships for it
        String site = REPOSITORY.toUri().toString();
        Files.writeString(customization, Files.readString(customization).replaceAll("(?m)^io.latentretouch.workbench.ui/updateSites=.*$",
                "io.latentretouch.workbench.ui/updateSites=" + site.replace("\\", "\\\\")));
        ProductRun before = verify(product);
        assertEquals(0, before.code(), before.output());
        assertTrue(before.output().contains("1 of 1 Latent Retouch perspectives opened"), before.output());
        String help = ProductRun.line(before.output(), "verify: help menu: ");
        for (String entry : List.of("Check for Updates", "Install New Software...", "Installation Details", "About")) {
            assertTrue(help.contains(entry), entry + " missing: " + help);
        }
        String wizard = ProductRun.line(before.output(), "offers sites: ");
        assertTrue(wizard.contains("\"Install\"") && wizard.contains(site.replaceAll("/$", "")), "the wizard lists the configured site: " + before.output());
        // a wrong site added in the wizard as a user does (Add..., its location, Add): the wizard says what is wrong
        String wrong = work.resolve("no-such-site").toUri().toString();
        ProductRun tried = verify(product, "-verifySite", wrong);
        assertEquals(0, tried.code(), tried.output());
        String said = ProductRun.line(tried.output(), "verify: site " + wrong + ": ");
        assertTrue(said.matches(".*\"Error Contacting Site\": No software site found at file:/*" + Pattern.quote(work.resolve("no-such-site").toString().substring(1)) + "\\b.*"), said);
        assertEquals(wizard, ProductRun.line(verify(product).output(), "offers sites: "), "the wrong site was not kept");

        ProductRun install = ProductRun.director(product, "-repository", REPOSITORY.toUri().toString(), "-installIU",
                "io.latentretouch.retouch.feature.feature.group");
        assertEquals(0, install.code(), install.output());
        assertTrue(install.output().contains("Operation completed"), install.output());
        assertEquals(1, ProductRun.plugins(product, "io.latentretouch.retouch.ui_").size());
        assertEquals(1, ProductRun.plugins(product, "wrapped.com.microsoft.onnxruntime").size(), "the required inference feature came along");

        ProductRun after = verify(product);
        assertEquals(0, after.code(), after.output());
        assertTrue(after.output().contains("perspective io.latentretouch.retouch.ui.perspective \"Latent Retouch\" opened"), after.output());
        assertTrue(after.output().contains("2 of 2 Latent Retouch perspectives opened"), after.output());
    }

    @Test
    void theSiteIsSignedAndInstallsWithoutAPromptOnlyWhereTheProductTrustsItsSigner() throws Exception {
        Certificate signer;
        try (InputStream in = Files.newInputStream(CERTIFICATE)) {
            signer = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        List<Path> ours = new ArrayList<>();
        for (String folder : List.of("plugins", "features")) {
            try (Stream<Path> jars = Files.list(REPOSITORY.resolve(folder))) {
                jars.filter(j -> j.getFileName().toString().startsWith("io.latentretouch.")).forEach(ours::add);
            }
        }
        assertTrue(ours.size() > 20, ours.toString());
        for (Path jar : ours) {
            assertEquals(List.of(signer), signers(jar), jar + " is signed with the build's key, every entry");
        }

        // the director trusts only a certificate of another key: whatever it is asked about, it refuses
        Path other = work.resolve("other.pem");
        ProductRun key = ProductRun.of(work, Map.of(), List.of(javaBin().replaceAll("java$", "keytool"), "-genkeypair", "-keystore",
                work.resolve("other.p12").toString(), "-storetype", "PKCS12", "-storepass", "other1", "-alias", "other", "-keyalg", "RSA",
                "-dname", "CN=Another key"));
        assertEquals(0, key.code(), key.output());
        assertEquals(0, ProductRun.of(work, Map.of(), List.of(javaBin().replaceAll("java$", "keytool"), "-exportcert", "-rfc", "-keystore",
                work.resolve("other.p12").toString(), "-storepass", "other1", "-alias", "other", "-file", other.toString())).code());

        Path untrusting = work.resolve("untrusting");
        ProductRun.copy(PRODUCT, untrusting);
        ProductRun refused = directorInstall(untrusting, other);
        assertTrue(refused.code() != 0, "an installation that does not trust the signer must refuse: " + refused.output());
        assertTrue(refused.output().contains("certificates are rejected") && refused.output().contains("Subject: "
                + ((X509Certificate) signer).getSubjectX500Principal()), "refused for the build's signer: " + refused.output());
        assertEquals(List.of(), ProductRun.plugins(untrusting, "io.latentretouch.retouch.ui_"), "the refused install left nothing: " + refused.output());

        Path trusting = work.resolve("trusting");
        ProductRun.copy(PRODUCT, trusting);
        Files.copy(CERTIFICATE, trusting.resolve("studio-signing.pem"));
        Path customization = trusting.resolve("plugin_customization.ini");
        Files.writeString(customization, Files.readString(customization).replaceAll("(?m)^io.latentretouch.workbench.ui/trustedCertificates=.*$",
                "io.latentretouch.workbench.ui/trustedCertificates=studio-signing.pem"));
        ProductRun started = verify(trusting);
        assertEquals(0, started.code(), started.output());
        String subject = ((X509Certificate) signer).getSubjectX500Principal().getName();
        assertTrue(ProductRun.line(started.output(), "verify: p2 trusts signers: ").contains(subject), started.output());
        ProductRun installed = directorInstall(trusting, other);
        assertEquals(0, installed.code(), installed.output());
        assertEquals(1, ProductRun.plugins(trusting, "io.latentretouch.retouch.ui_").size(), installed.output());
    }

    private ProductRun directorInstall(Path product, Path trustedCertificate) throws IOException, InterruptedException {
        return ProductRun.director(product, "-repository", REPOSITORY.toUri().toString(), "-installIU", "io.latentretouch.retouch.feature.feature.group",
                "-trustedCertificates", trustedCertificate.toString());
    }

    /** The distinct signer certificates of a jar's entries; fails when an entry other than the signature's own is unsigned. */
    private static List<Certificate> signers(Path jar) throws IOException {
        Set<Certificate> signers = new LinkedHashSet<>();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.isDirectory() || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                Certificate[] certificates = entry.getCertificates();
                assertTrue(certificates != null && certificates.length > 0, entry.getName() + " of " + jar + " is not signed");
                signers.add(certificates[0]);
            }
        }
        return new ArrayList<>(signers);
    }

    @Test
    void withoutADisplayTheLauncherSaysSoInOneLine() throws Exception {
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        ProductRun run = ProductRun.of(PRODUCT, noDisplay, List.of(PRODUCT.resolve("latent-retouch").toString()));
        assertEquals(1, run.code());
        assertEquals(1, run.output().strip().lines().count(), run.output());
        assertTrue(run.output().startsWith("latent-retouch: no display"), run.output());
    }

    private ProductRun verify(Path product, String... more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(product.resolve("latent-retouch").toString(), "-data", work.resolve("workspace").toString(), "-verify"));
        command.addAll(List.of(more));
        return ProductRun.of(product, Map.of(), command);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
