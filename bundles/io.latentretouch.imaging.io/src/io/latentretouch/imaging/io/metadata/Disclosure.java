package io.latentretouch.imaging.io.metadata;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an output must carry in the markets it is published in.
 *
 * @param labels    the visible labels, to burn into an export copy
 * @param aiMarking whether the EU machine-readable AI marking applies
 * @param reasons   one sentence per label or marking, naming the rule
 * @param markets   the markets the decision was made for, in {@link Market}'s order
 */
public record Disclosure(List<String> labels, boolean aiMarking, List<String> reasons, Set<Market> markets) {

    public Disclosure {
        labels = List.copyOf(labels);
        reasons = List.copyOf(reasons);
        // in the enum's order, so the same decision is always written the same way
        Set<Market> ordered = EnumSet.noneOf(Market.class);
        ordered.addAll(markets);
        markets = Collections.unmodifiableSet(ordered);
    }

    public boolean requiresLabel() {
        return !labels.isEmpty();
    }
}
