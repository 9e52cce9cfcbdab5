package io.latentretouch.retouch.ui.internal.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import io.latentretouch.imaging.Mask;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Retouched;

/**
 * The Inpainting panel's side of a session: the named masks of regions to fill (one active), whether the canvas's
 * brush edits the active one, the candidates of the last Fill with the one picked, and which applied results are
 * fills (saved with their mask). Changed on the UI thread only; every change notifies the session's listeners.
 */
public final class FillMasks {

    /**
     * What made a fill's result: its mask is stored beside the variant, its seed names it, the recipe applied before it
     * (or the region fill's own) counts for disclosure.
     */
    record Applied(Mask region, long seed, Recipe recipe) {
    }

    private final Map<String, Mask> masks = new LinkedHashMap<>();
    private final Runnable changed;
    private final int width;
    private final int height;
    private String active;
    private boolean editing;
    private List<Retouched> candidates = List.of();
    private Mask candidatesRegion;
    private long candidatesSeed;
    private Recipe candidatesRecipe;
    private int picked = -1;
    /** Held weakly: the undo history holds results softly and may let them go. */
    private final Map<Retouched, Applied> applied = new WeakHashMap<>();

    FillMasks(int width, int height, String firstName, Runnable changed) {
        this.width = width;
        this.height = height;
        this.changed = changed;
        active = firstName;
        masks.put(firstName, Mask.empty(width, height));
    }

    public List<String> names() {
        return List.copyOf(masks.keySet());
    }

    public String active() {
        return active;
    }

    /** The active mask. Never changed in place: edits replace it. */
    public Mask mask() {
        return masks.get(active);
    }

    void setMask(Mask m) {
        setMask(active, m);
    }

    Mask mask(String name) {
        return masks.get(name);
    }

    void setMask(String name, Mask m) {
        masks.put(name, m);
        changed.run();
    }

    /** Adds an empty mask under a new name and makes it active. */
    public void add(String name) {
        masks.putIfAbsent(name, Mask.empty(width, height));
        select(name);
    }

    public void select(String name) {
        if (masks.containsKey(name)) {
            active = name;
            changed.run();
        }
    }

    /** Whether the canvas's brush and shapes edit the active fill mask (else the skin mask). */
    public boolean editing() {
        return editing;
    }

    public void setEditing(boolean on) {
        if (editing != on) {
            editing = on;
            changed.run();
        }
    }

    public List<Retouched> candidates() {
        return candidates;
    }

    /** The candidate shown on the canvas, or -1 when there are none. */
    public int picked() {
        return picked;
    }

    void offer(List<Retouched> results, Mask region, long seed, Recipe before) {
        candidates = List.copyOf(results);
        candidatesRegion = region;
        candidatesSeed = seed;
        candidatesRecipe = before;
        picked = results.isEmpty() ? -1 : 0;
        changed.run();
    }

    /** Shows candidate {@code k} (wrapping around) on the canvas. */
    public void pick(int k) {
        if (!candidates.isEmpty()) {
            picked = Math.floorMod(k, candidates.size());
            changed.run();
        }
    }

    /** The picked candidate, or null; the candidates are withdrawn. */
    Retouched take() {
        if (picked < 0) {
            return null;
        }
        Retouched r = candidates.get(picked);
        applied.put(r, new Applied(candidatesRegion, candidatesSeed + picked, candidatesRecipe));
        discard();
        return r;
    }

    /** Withdraws the candidates, leaving the canvas as it was before Fill. */
    public void discard() {
        candidates = List.of();
        picked = -1;
        changed.run();
    }

    /** The region the candidates were filled in. */
    Mask candidatesRegion() {
        return candidatesRegion;
    }

    Retouched shown() {
        return picked < 0 ? null : candidates.get(picked);
    }

    /** The fill that made this result, or null when it is no fill. */
    Applied fillOf(Retouched result) {
        return result == null ? null : applied.get(result);
    }
}
