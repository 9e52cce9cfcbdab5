package io.latentretouch.inference.models.internal.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.latentretouch.inference.models.Face;

/**
 * MediaPipe's weighted non-maximum suppression: the most confident candidate and every other that overlaps it enough
 * become one face whose box and landmarks are their means weighted by score, with the best score; repeated until no
 * candidate is left. Many anchors see one face, and their mean is steadier than any one of them.
 */
final class WeightedNms {

    private WeightedNms() {
    }

    static List<Face> merge(List<Face> candidates, double minOverlap) {
        List<Face> left = new ArrayList<>(candidates);
        left.sort(Comparator.comparingDouble(Face::score).reversed());
        List<Face> merged = new ArrayList<>();
        while (!left.isEmpty()) {
            Face top = left.get(0);
            List<Face> group = left.stream().filter(f -> f == top || top.iou(f) > minOverlap).toList();
            left.removeAll(group);
            merged.add(mean(group, top.score()));
        }
        return merged;
    }

    private static Face mean(List<Face> group, double score) {
        double total = group.stream().mapToDouble(Face::score).sum();
        double[] box = new double[4];
        double[] points = new double[2 * Face.Landmark.values().length];
        for (Face f : group) {
            double w = f.score() / total;
            box[0] += w * f.x();
            box[1] += w * f.y();
            box[2] += w * f.width();
            box[3] += w * f.height();
            for (int k = 0; k < f.landmarks().size(); k++) {
                points[2 * k] += w * f.landmarks().get(k).x();
                points[2 * k + 1] += w * f.landmarks().get(k).y();
            }
        }
        List<Face.Point> landmarks = new ArrayList<>();
        for (int k = 0; k < points.length; k += 2) {
            landmarks.add(new Face.Point(points[k], points[k + 1]));
        }
        return new Face(box[0], box[1], box[2], box[3], landmarks, score, false);
    }
}
