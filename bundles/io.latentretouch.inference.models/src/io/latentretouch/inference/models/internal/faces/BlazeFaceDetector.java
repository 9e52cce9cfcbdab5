package io.latentretouch.inference.models.internal.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.inference.models.FaceDetector;

/**
 * Faces of every size with two BlazeFace models. The short-range model, on the whole frame, finds faces that fill a
 * good part of it (from about a seventh of the long side) and places their landmarks best. The full-range model finds
 * smaller faces, on the whole frame and, in large images, on overlapping tiles of half its long side (so a face 3 % as
 * wide as a 6000-pixel frame is 6 % of a tile); each such face is then located again by the short-range model on a
 * crop around it, where it fills the part of the input that model knows best.
 */
public final class BlazeFaceDetector implements FaceDetector {

    /** The model family this detector runs. */
    public static final String FAMILY = "blazeface";
    /** Score of an anchor that joins a merge. */
    static final double CANDIDATE = 0.5;
    /** Score a merged face needs to count: below it the models answer logos, robots and fabric prints too. */
    static final double ACCEPT = 0.75;
    /** Overlap (intersection over union) of anchors that see one face. */
    static final double SAME_FACE = 0.3;
    /** Side of the crop a small face is located again in, in face boxes. */
    static final double REFINE_CONTEXT = 2.5;
    /** Long side from which the full-range model also looks at tiles. */
    static final int TILES_FROM = 1024;
    /** Tile detections this close to a tile's edge (a fraction of the tile) are cut faces, seen whole by a neighbour. */
    static final double TILE_EDGE = 0.02;

    private final BlazeFaceModel shortRange;
    private final BlazeFaceModel fullRange;

    private BlazeFaceDetector(BlazeFaceModel shortRange, BlazeFaceModel fullRange) {
        this.shortRange = shortRange;
        this.fullRange = fullRange;
    }

    /**
     * A detector on the first short-range and the first full-range model among {@code models} (by their manifest's
     * {@code range} property, {@code short} or {@code full}); with one of them only, that one does all the work.
     *
     * @throws InferenceException {@code CONTRACT_MISMATCH} when none of them is a BlazeFace model, or any failure to load one
     */
    public static FaceDetector of(InferenceService service, List<ModelDescriptor> models) throws InferenceException {
        BlazeFaceModel near = first(service, models, "short");
        BlazeFaceModel far = first(service, models, "full");
        if (near == null && far == null) {
            throw new InferenceException(Code.CONTRACT_MISMATCH, "No BlazeFace model among " + models.stream().map(ModelDescriptor::id).toList()
                    + ": face detection needs a model of family 'blazeface' with the property range = short or full");
        }
        return new BlazeFaceDetector(near, far);
    }

    private static BlazeFaceModel first(InferenceService service, List<ModelDescriptor> models, String range) throws InferenceException {
        for (ModelDescriptor m : models) {
            if (m.family().equals(FAMILY) && range.equals(m.properties().get("range"))) {
                return new BlazeFaceModel(service, m);
            }
        }
        return null;
    }

    @Override
    public List<ModelDescriptor> models() {
        return Stream.of(shortRange, fullRange).filter(m -> m != null).map(BlazeFaceModel::descriptor).toList();
    }

    @Override
    public List<Face> faces(PlanarImage image, RunMonitor monitor) throws InferenceException {
        Pyramid pyramid = new Pyramid(image);
        Square whole = Square.around(image.width(), image.height());
        List<Face> found = new ArrayList<>();
        if (shortRange != null) {
            found.addAll(accepted(shortRange.detect(pyramid, whole, CANDIDATE, monitor)));
        }
        if (fullRange != null) {
            for (Face far : accepted(smallFaces(pyramid, whole, monitor))) {
                if (found.stream().noneMatch(f -> overlaps(f, far))) {
                    found.add(shortRange == null ? far : located(pyramid, far, monitor));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Face::score).reversed());
        return found;
    }

    /**
     * Full-range candidates on the whole frame or, in a large image, on tiles of half its long side half a tile apart
     * instead: a face up to half a tile lies wholly inside one of them, and the larger ones are the short-range
     * model's, on the whole frame.
     */
    private List<Face> smallFaces(Pyramid pyramid, Square whole, RunMonitor monitor) throws InferenceException {
        int w = pyramid.width();
        int h = pyramid.height();
        if (Math.max(w, h) < TILES_FROM || shortRange == null) {
            return fullRange.detect(pyramid, whole, CANDIDATE, monitor);
        }
        double tile = Math.max(w, h) / 2.0;
        List<Face> candidates = new ArrayList<>();
        for (double y : starts(h, tile)) {
            for (double x : starts(w, tile)) {
                monitor.checkCancelled();
                Square sq = new Square(x, y, tile);
                fullRange.detect(pyramid, sq, CANDIDATE, monitor).stream().filter(f -> inside(f, sq)).forEach(candidates::add);
            }
        }
        return candidates;
    }

    /** Tile origins along a side, half a tile apart, the last one flush with the far edge. */
    private static List<Double> starts(int length, double tile) {
        List<Double> s = new ArrayList<>();
        for (double p = 0; p + tile < length; p += tile / 2) {
            s.add(p);
        }
        s.add(Math.max(0, length - tile));
        return s;
    }

    private static boolean inside(Face f, Square sq) {
        double m = TILE_EDGE * sq.side();
        return f.x() > sq.x() + m && f.y() > sq.y() + m && f.x() + f.width() < sq.x() + sq.side() - m
                && f.y() + f.height() < sq.y() + sq.side() - m;
    }

    /** The face located again by the short-range model, or as the full-range model saw it when that finds nothing. */
    private Face located(Pyramid pyramid, Face far, RunMonitor monitor) throws InferenceException {
        Face.Point c = far.centre();
        Square crop = Square.centred(c.x(), c.y(), REFINE_CONTEXT * Math.max(far.width(), far.height()));
        return WeightedNms.merge(shortRange.detect(pyramid, crop, CANDIDATE, monitor), SAME_FACE).stream()
                .filter(f -> overlaps(f, far)).findFirst().orElse(far);
    }

    private static List<Face> accepted(List<Face> candidates) {
        return WeightedNms.merge(candidates, SAME_FACE).stream().filter(f -> f.score() >= ACCEPT).toList();
    }

    /** Whether one face's centre lies in the other's box. */
    private static boolean overlaps(Face a, Face b) {
        Face.Point ca = a.centre();
        Face.Point cb = b.centre();
        return inBox(ca, b) || inBox(cb, a);
    }

    private static boolean inBox(Face.Point p, Face f) {
        return p.x() >= f.x() && p.x() <= f.x() + f.width() && p.y() >= f.y() && p.y() <= f.y() + f.height();
    }
}
