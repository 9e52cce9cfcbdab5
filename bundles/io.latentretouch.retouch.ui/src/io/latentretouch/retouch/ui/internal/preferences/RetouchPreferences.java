package io.latentretouch.retouch.ui.internal.preferences;

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
 * {@link Variants#DEFAULT_MARKETS} as in the headless job.
 */
public final class RetouchPreferences extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(RetouchIds.PREFERENCE_NODE);
        for (Market m : Market.values()) {
            defaults.putBoolean(key(m), byDefault(m));
        }
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
