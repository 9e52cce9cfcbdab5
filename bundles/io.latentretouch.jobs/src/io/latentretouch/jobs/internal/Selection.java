package io.latentretouch.jobs.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.CaptureDays;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;

/**
 * A headless selection by query: the options of the Library's filter bar ({@code --text}, {@code --min-rating},
 * {@code --label}, {@code --keyword}, {@code --made-with}, {@code --taken}, {@code --ai}), and the originals of the
 * stacks that pass them.
 */
final class Selection {

    /** The options, without their dashes, as {@link CatalogOptions#parse} takes them ({@code ai} is a flag). */
    static final List<String> OPTIONS = List.of("text", "min-rating", "label", "keyword", "made-with", "taken", "ai!");

    private Selection() {
    }

    /**
     * The filter the options give, or null when they give none.
     *
     * @throws IllegalArgumentException naming an option whose value is no rating, label or days
     */
    static Filter filter(Map<String, String> options) {
        if (OPTIONS.stream().map(o -> o.replace("!", "")).noneMatch(options::containsKey)) {
            return null;
        }
        int rating = rating(options.getOrDefault("min-rating", "0"));
        CaptureDays days = options.containsKey("taken") ? CaptureDays.parse(options.get("taken")).orElseThrow(() -> new IllegalArgumentException(
                "--taken wants a year (2024), a month (2024-05), a day (2024-05-01) or a range of them with .. between, not " + options.get("taken")))
                : CaptureDays.ANY;
        return new Filter(options.getOrDefault("text", ""), rating, label(options.getOrDefault("label", "none")), options.getOrDefault("keyword", ""),
                options.containsKey("ai"), options.getOrDefault("made-with", ""), days.from(), days.to());
    }

    /** The original of each stack that passes the filter, in the catalog's order. */
    static List<Long> originals(Catalog catalog, Filter filter) throws CatalogException {
        List<Long> out = new ArrayList<>();
        for (long stack : catalog.stacks(filter)) {
            catalog.members(stack).stream().map(Cell::pick).filter(a -> a.kind() == Asset.Kind.ORIGINAL).findFirst().ifPresent(a -> out.add(a.id()));
        }
        return out;
    }

    private static int rating(String text) {
        try {
            int r = Integer.parseInt(text.strip());
            if (r >= 0 && r <= 5) {
                return r;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--min-rating wants 0 to 5 stars, not " + text);
    }

    private static Label label(String text) {
        try {
            return Label.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--label wants one of " + Arrays.stream(Label.values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList()
                    + ", not " + text, e);
        }
    }
}
