package io.latentretouch.settings.internal;

import java.util.List;
import java.util.Map;

/**
 * A configuration read into its settings type.
 *
 * @param settings the typed settings, defaults where the configuration gave nothing usable
 * @param given    the keys the configuration set to usable values, in alphabetical order
 * @param problems one line per unknown key or malformed value
 * @param source   where the configuration came from, for messages
 */
public record Configured<A>(A settings, Map<String, Object> given, List<String> problems, String source) {
}
