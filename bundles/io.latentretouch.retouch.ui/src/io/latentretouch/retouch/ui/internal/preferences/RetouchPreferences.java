package io.latentretouch.retouch.ui.internal.preferences;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import io.latentretouch.imaging.io.metadata.Market;
import io.latentretouch.retouch.Variants;
import io.latentretouch.retouch.ui.RetouchIds;

/**
 * The retouching preferences: the markets whose disclosure rules every saved variant follows, by default
 * {@link Variants#DEFAULT_MARKETS} as in the headless job, and the folder generated frames are saved in.
 */
public final class RetouchPreferences extends AbstractPreferenceInitializer {

    /** The folder frames generated from a prompt alone are saved in. */
    public static final String GENERATED_FOLDER = "generation.folder";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(RetouchIds.PREFERENCE_NODE);
        for (Market m : Market.values()) {
            defaults.putBoolean(key(m), byDefault(m));
        }
        defaults.put(GENERATED_FOLDER, defaultFolder());
    }

    private static String defaultFolder() {
        return Path.of(System.getProperty("user.home"), "Pictures", "Latent Retouch", "Generated").toString();
    }

    /** Where frames generated from a prompt alone are saved now. */
    public static Path generatedFolder() {
        return Path.of(Platform.getPreferencesService().getString(RetouchIds.PREFERENCE_NODE, GENERATED_FOLDER, defaultFolder(), null));
    }

    /** The preference key that says whether variants follow {@code market}'s rules. */
    public static String key(Market market) {
        return "disclosure." + market.name();
    }

    private static boolean byDefault(Market m) {
        return Variants.DEFAULT_MARKETS.contains(m);
    }

    /** The markets whose rules variants follow now. */
    public static Set<Market> markets() {
        Set<Market> markets = EnumSet.noneOf(Market.class);
        for (Market m : Market.values()) {
            if (Platform.getPreferencesService().getBoolean(RetouchIds.PREFERENCE_NODE, key(m), byDefault(m), null)) {
                markets.add(m);
            }
        }
        return markets;
    }
}
