package io.latentretouch.workbench.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProfileScope;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The signers studio IT trusts ({@code io.latentretouch.workbench.ui/trustedCertificates} in the install's
 * {@code plugin_customization.ini}: comma-separated PEM certificate files, relative to the installation): added to the
 * certificates this installation's p2 trusts at every start, so software signed with IT's key installs and updates
 * without a trust prompt, from the wizard and from the director alike. Does nothing in a workbench without p2.
 */
final class TrustedSigners {

    static final String PREFERENCE = "trustedCertificates";
    /** Where p2's engine keeps the certificates a profile trusts: a PKCS#7 certificate path, in Base64. */
    private static final String ENGINE_NODE = "org.eclipse.equinox.p2.engine";

    private TrustedSigners() {
    }

    /** The certificates configured; a file that cannot be read is logged and left out. */
    static List<Certificate> configured() {
        String value = Platform.getPreferencesService().getString("io.latentretouch.workbench.ui", PREFERENCE, "", null);
        List<Certificate> certificates = new ArrayList<>();
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Path file = installation().resolve(name.strip());
            try (InputStream in = Files.newInputStream(file)) {
                certificates.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
            } catch (IOException | CertificateException e) {
                ILog.of(TrustedSigners.class).warn("The trusted certificate " + file + " of " + PREFERENCE + " cannot be read: " + e.getMessage());
            }
        }
        return certificates;
    }

    static void addConfigured() {
        if (Platform.getBundle("org.eclipse.equinox.p2.engine") == null) {
            return;
        }
        List<Certificate> certificates = configured();
        if (!certificates.isEmpty()) {
            P2.trust(certificates);
        }
    }

    /** What this installation's p2 trusts, as the engine reads it; for {@code -verify}. */
    static List<Certificate> trusted() {
        return Platform.getBundle("org.eclipse.equinox.p2.engine") == null ? List.of() : P2.trusted();
    }

    private static Path installation() {
        try {
            return Path.of(Platform.getInstallLocation().getURL().toURI());
        } catch (URISyntaxException e) {
            return Path.of(Platform.getInstallLocation().getURL().getPath());
        }
    }

    /** The p2 part, loaded only where p2 is installed. */
    private static final class P2 {

        static void trust(List<Certificate> certificates) {
            withEngineNode(node -> {
                Set<Certificate> all = new LinkedHashSet<>(read(node));
                if (all.addAll(certificates)) {
                    node.putByteArray(PREFERENCE, CertificateFactory.getInstance("X.509").generateCertPath(new ArrayList<>(all)).getEncoded("PKCS7"));
                    node.flush();
                }
                return null;
            });
        }

        static List<Certificate> trusted() {
            List<Certificate> trusted = withEngineNode(P2::read);
            return trusted == null ? List.of() : trusted;
        }

        private static List<Certificate> read(Preferences node) throws CertificateException {
            byte[] path = node.getByteArray(PREFERENCE, null);
            return path == null ? List.of() : new ArrayList<>(CertificateFactory.getInstance("X.509")
                    .generateCertPath(new java.io.ByteArrayInputStream(path), "PKCS7").getCertificates());
        }

        private interface NodeWork<T> {
            T on(Preferences node) throws CertificateException, BackingStoreException;
        }

        /** Runs on the engine's preferences of this installation's profile; null where there is none. */
        private static <T> T withEngineNode(NodeWork<T> work) {
            BundleContext context = FrameworkUtil.getBundle(TrustedSigners.class).getBundleContext();
            ServiceReference<IProvisioningAgent> ref = context.getServiceReference(IProvisioningAgent.class);
            if (ref == null) {
                return null;
            }
            IProvisioningAgent agent = context.getService(ref);
            try {
                IProfile self = agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
                if (self == null) {
                    // a workbench run from a development runtime has no profile of its own
                    return null;
                }
                return work.on(new ProfileScope(agent.getService(IAgentLocation.class), self.getProfileId()).getNode(ENGINE_NODE));
            } catch (CertificateException | BackingStoreException e) {
                ILog.of(TrustedSigners.class).warn("The certificates p2 trusts cannot be updated: " + e.getMessage());
                return null;
            } finally {
                context.ungetService(ref);
            }
        }
    }
}
