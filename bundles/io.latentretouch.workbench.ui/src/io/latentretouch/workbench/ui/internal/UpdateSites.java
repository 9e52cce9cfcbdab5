package io.latentretouch.workbench.ui.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The update sites studio IT configures for the product ({@code io.latentretouch.workbench.ui/updateSites} in the
 * install's {@code plugin_customization.ini}, comma-separated URLs): added to p2's known sites at every start, so
 * Install New Software and Check for Updates offer them. Does nothing in a workbench without p2.
 */
final class UpdateSites {

    static final String PREFERENCE = "updateSites";
    static final String NICKNAME = "Latent Retouch";

    private UpdateSites() {
    }

    /** The sites configured, as URIs; a malformed one is logged and left out. */
    static List<URI> configured() {
        String value = Platform.getPreferencesService().getString("io.latentretouch.workbench.ui", PREFERENCE, "", null);
        List<URI> sites = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                try {
                    sites.add(new URI(s.strip()));
                } catch (URISyntaxException e) {
                    ILog.of(UpdateSites.class).warn("The update site '" + s.strip() + "' of " + PREFERENCE + " is no URL: " + e.getMessage());
                }
            }
        }
        return sites;
    }

    static void addConfigured() {
        if (Platform.getBundle("org.eclipse.equinox.p2.repository") == null) {
            return;
        }
        List<URI> sites = configured();
        if (!sites.isEmpty()) {
            P2.add(sites);
        }
    }

    /** The p2 part, loaded only where p2 is installed. */
    private static final class P2 {
        static void add(List<URI> sites) {
            BundleContext context = FrameworkUtil.getBundle(UpdateSites.class).getBundleContext();
            ServiceReference<IProvisioningAgent> ref = context.getServiceReference(IProvisioningAgent.class);
            if (ref == null) {
                return;
            }
            IProvisioningAgent agent = context.getService(ref);
            try {
                for (IRepositoryManager<?> manager : List.of(agent.getService(IMetadataRepositoryManager.class),
                        agent.getService(IArtifactRepositoryManager.class))) {
                    for (URI site : sites) {
                        manager.addRepository(site);
                        manager.setRepositoryProperty(site, IRepository.PROP_NICKNAME, NICKNAME);
                    }
                }
            } finally {
                context.ungetService(ref);
            }
        }
    }
}
