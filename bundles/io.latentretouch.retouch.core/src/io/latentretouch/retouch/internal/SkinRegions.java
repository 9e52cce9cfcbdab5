package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.models.Face;

/**
 * Which face's scale each skin pixel is worked at: its nearest face, distance counted in that face's units, with a
 * soft hand-over between faces so that two scales never meet in a seam. Without a face, the image's own scale: a
 * face of {@link #NOMINAL_SHARE} of its short side. Each part is the crop of the image that holds its skin (above
 * {@link #NEGLIGIBLE}: pixels with less get no change), with the context the skin work needs around it.
 */
final class SkinRegions {

    /** Without a face, the skin is worked as if its face's IOD were this share of the image's short side. */
    static final double NOMINAL_SHARE = 1 / 8.0;
    /** How softly the hand-over between two faces goes, in face units of distance. */
    static final double HAND_OVER = 0.3;
    /** Weights below this do not count. */
    static final float NEGLIGIBLE = 0.01f;
    /** Longest side of the grid the weights are computed on: they vary slowly. */
    static final int WEIGHT_SIDE = 256;

    /**
     * One part of the skin.
     *
     * @param crop   where it lies in the image, with context
     * @param unit   its face's size in image pixels
     * @param weight how much of each pixel is this part's, on a coarse grid over the whole image; null for all of it
     */
    record Part(Region crop, double unit, PlanarImage weight) {
    }

    private SkinRegions() {
    }

    /** The parts of the skin, each with room for {@code reach} face units of context. */
    static List<Part> of(Mask skin, List<Face> faces, double reach) {
        int w = skin.width();
        int h = skin.height();
        if (faces.size() <= 1) {
            double unit = faces.isEmpty() ? NOMINAL_SHARE * Math.min(w, h) : FaceFrame.unit(faces.get(0));
            Region crop = bounds(skin).expand((int) Math.ceil(reach * unit)).intersect(Region.of(w, h));
            return crop.isEmpty() ? List.of() : List.of(new Part(crop, unit, null));
        }
        double scale = Math.min(1, WEIGHT_SIDE / (double) Math.max(w, h));
        int gw = Math.max(1, (int) Math.round(w * scale));
        int gh = Math.max(1, (int) Math.round(h * scale));
        PlanarImage weights = weights(faces, gw, gh, w / (double) gw, h / (double) gh);
        Mask coarseSkin = Resample.resize(skin, gw, gh);
        List<Part> parts = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            double unit = FaceFrame.unit(faces.get(f));
            Region mine = mine(weights.plane(f), coarseSkin.values(), gw, gh);
            if (mine.isEmpty()) {
                continue;
            }
            Region crop = new Region((int) Math.floor(mine.x() * w / (double) gw), (int) Math.floor(mine.y() * h / (double) gh),
                    (int) Math.ceil(mine.width() * w / (double) gw), (int) Math.ceil(mine.height() * h / (double) gh))
                    .expand((int) Math.ceil(reach * unit)).intersect(Region.of(w, h));
            parts.add(new Part(crop, unit, PlanarImage.wrap(gw, gh, weights.plane(f))));
        }
        return parts;
    }

    /** Per face, exp(−d / hand-over) normalised over the faces, d the distance to its centre in its units. */
    private static PlanarImage weights(List<Face> faces, int gw, int gh, double sx, double sy) {
        PlanarImage out = PlanarImage.create(gw, gh, faces.size());
        List<FaceFrame> frames = faces.stream().map(FaceFrame::new).toList();
        double[] d = new double[faces.size()];
        for (int y = 0, i = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++, i++) {
                double px = (x + 0.5) * sx;
                double py = (y + 0.5) * sy;
                double best = Double.MAX_VALUE;
                for (int f = 0; f < d.length; f++) {
                    Face.Point c = faces.get(f).centre();
                    d[f] = Math.hypot(px - c.x(), py - c.y()) / frames.get(f).unit();
                    best = Math.min(best, d[f]);
                }
                double sum = 0;
                for (int f = 0; f < d.length; f++) {
                    d[f] = Math.exp(-(d[f] - best) / HAND_OVER);
                    sum += d[f];
                }
                for (int f = 0; f < d.length; f++) {
                    out.plane(f)[i] = (float) (d[f] / sum);
                }
            }
        }
        return out;
    }

    /** The box of the skin that counts: a few stray hundredths far from any face would make a part of the whole image. */
    private static Region bounds(Mask skin) {
        float[] v = skin.values();
        int w = skin.width();
        int x0 = w;
        int y0 = skin.height();
        int x1 = -1;
        int y1 = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] > NEGLIGIBLE) {
                int x = i % w;
                int y = i / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = y;
            }
        }
        return x1 < 0 ? new Region(0, 0, 0, 0) : new Region(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** The box of the coarse cells where this part has weight and there is skin. */
    private static Region mine(float[] weight, float[] skin, int gw, int gh) {
        Mask m = Mask.empty(gw, gh);
        for (int i = 0; i < weight.length; i++) {
            m.values()[i] = weight[i] >= NEGLIGIBLE && skin[i] > NEGLIGIBLE ? 1 : 0;
        }
        return m.bounds().expand(1).intersect(Region.of(gw, gh));
    }
}
