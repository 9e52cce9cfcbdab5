package io.latentretouch.inference.models.internal.faces;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.latentretouch.inference.Contract;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.TensorSpec;
import io.latentretouch.inference.models.Face;

/**
 * One BlazeFace model (MediaPipe's layout): an NHWC RGB input in [-1, 1] of a fixed square side, and for 896 anchors
 * a score logit and 16 regressors (box centre offset and size, then six landmarks, in input pixels). The anchors are
 * the cells of a 16×16 grid with 2 anchors each, then of an 8×8 grid with 6, centred in their cells. Thread-safe.
 */
final class BlazeFaceModel {

    static final String INPUT = "input:0";
    private static final String[] SCORES = {"Identity:0", "Identity_1:0"};
    private static final String[] REGRESSORS = {"Identity_2:0", "Identity_3:0"};
    private static final int[][] GRIDS = {{16, 2}, {8, 6}};
    private static final int VALUES = 16;

    private final InferenceService service;
    private final ModelDescriptor model;
    private final int side;

    /** @throws InferenceException when the model cannot be loaded or its input is not a square RGB image */
    BlazeFaceModel(InferenceService service, ModelDescriptor model) throws InferenceException {
        this.service = service;
        this.model = model;
        Contract actual = service.load(model);
        TensorSpec input = actual.inputs().get(0);
        List<String> d = input.dims();
        if (!input.name().equals(INPUT) || d.size() != 4 || !d.get(1).equals(d.get(2)) || !d.get(3).equals("3") || !d.get(1).matches("\\d+")) {
            throw new InferenceException(Code.CONTRACT_MISMATCH, "Model '" + model.id() + "' has input '" + input.name() + "' "
                    + input.describe() + ", a BlazeFace model has '" + INPUT + "' float32 [1,S,S,3] with a fixed side S");
        }
        this.side = Integer.parseInt(d.get(1));
    }

    ModelDescriptor descriptor() {
        return model;
    }

    /** Every anchor's face in the square scoring at least {@code threshold}, in image coordinates. */
    List<Face> detect(Pyramid image, Square square, double threshold, RunMonitor monitor) throws InferenceException {
        Tensor input = Tensor.allocate(DType.FLOAT32, 1, side, side, 3);
        image.sample(square, side, input.floats());
        Map<String, Tensor> out = service.run(model, Map.of(INPUT, input), monitor);
        List<Face> faces = new ArrayList<>();
        for (int g = 0; g < GRIDS.length; g++) {
            decode(g, out.get(SCORES[g]).floats(), out.get(REGRESSORS[g]).floats(), square, threshold, faces);
        }
        return faces;
    }

    private void decode(int grid, FloatBuffer scores, FloatBuffer boxes, Square square, double threshold, List<Face> faces) {
        int cells = GRIDS[grid][0];
        int perCell = GRIDS[grid][1];
        double scale = square.side() / side;
        for (int a = 0; a < cells * cells * perCell; a++) {
            double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores.get(a)))));
            if (score < threshold) {
                continue;
            }
            int cell = a / perCell;
            // the anchor's centre and the regressors, both in input pixels
            double ax = (cell % cells + 0.5) / cells * side;
            double ay = (cell / cells + 0.5) / cells * side;
            int r = a * VALUES;
            double cx = ax + boxes.get(r);
            double cy = ay + boxes.get(r + 1);
            double w = boxes.get(r + 2);
            double h = boxes.get(r + 3);
            List<Face.Point> points = new ArrayList<>();
            for (int k = 0; k < Face.Landmark.values().length; k++) {
                points.add(new Face.Point(square.x() + (ax + boxes.get(r + 4 + 2 * k)) * scale,
                        square.y() + (ay + boxes.get(r + 5 + 2 * k)) * scale));
            }
            faces.add(new Face(square.x() + (cx - w / 2) * scale, square.y() + (cy - h / 2) * scale, w * scale, h * scale, points, score, false));
        }
    }
}
