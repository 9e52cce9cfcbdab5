package io.latentretouch.jobs.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.latentretouch.jobs.CatalogSettings;

/**
 * The catalog commands' arguments: {@code --catalog URL} (else the host's configured catalog), the command's own
 * {@code --name VALUE} options, folders.
 */
record CatalogOptions(String catalog, Map<String, String> options, List<Path> folders) {

    /**
     * @param known the command's options beside {@code --catalog}, without their dashes; {@code --work} style flags
     *              take no value when listed with a trailing {@code !}
     * @param settings the host's catalog settings, whose URL applies without {@code --catalog}
     * @throws IllegalArgumentException naming what is missing or unknown
     */
    static CatalogOptions parse(List<String> args, List<String> known, CatalogSettings settings) {
        String catalog = settings.url().isBlank() ? null : settings.url().strip();
        Map<String, String> options = new HashMap<>();
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--catalog")) {
                catalog = value(args, ++i, a);
            } else if (a.startsWith("--") && known.contains(a.substring(2) + "!")) {
                options.put(a.substring(2), "true");
            } else if (a.startsWith("--") && known.contains(a.substring(2))) {
                options.put(a.substring(2), value(args, ++i, a));
            } else if (a.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + a + ", expected --catalog" + known.stream().map(k -> ", --" + k.replace("!", ""))
                        .reduce("", String::concat));
            } else {
                folders.add(Path.of(a));
            }
        }
        if (catalog == null) {
            throw new IllegalArgumentException("--catalog URL names the catalog: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DATABASE"
                    + " (or url in the host's " + CatalogSettings.PID + " configuration)");
        }
        return new CatalogOptions(catalog, options, folders);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
