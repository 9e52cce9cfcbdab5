package io.latentretouch.inference.models.internal.adapters;

import java.nio.FloatBuffer;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.Tensor;
import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.Segmenter;
import io.latentretouch.inference.models.SkinSegmenter;

/**
 * BiSeNet face parsing (CelebAMask-HQ classes): the image resized to the model's square input and normalised with
 * ImageNet statistics; a region's probability is the softmax mass of its parts' classes (skin, cloth, hair…), resized back.
 */
final class BiSeNetSegmenter implements SkinSegmenter, Segmenter {

    /** The skin-bearing parts. */
    static final Set<FacePart> SKIN = EnumSet.of(FacePart.SKIN, FacePart.EARS, FacePart.NOSE, FacePart.NECK);
    /** CelebAMask-HQ's class numbers of each part, in {@link FacePart}'s order. */
    private static final int[][] CLASSES = {{0}, {1}, {2, 3}, {4, 5}, {6}, {7, 8}, {9}, {10}, {11}, {12, 13}, {14}, {15}, {16}, {17}, {18}};
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final InferenceService service;
    private final ModelDescriptor model;
    private final int side;
    private final int[] classes;

    BiSeNetSegmenter(InferenceService service, ModelDescriptor model, Set<FacePart> parts) {
        this.service = service;
        this.model = model;
        this.side = Layouts.fixedSide(model, 512);
        this.classes = parts.stream().flatMapToInt(p -> IntStream.of(CLASSES[p.ordinal()])).toArray();
    }

    @Override
    public ModelDescriptor model() {
        return model;
    }

    @Override
    public Mask skin(PlanarImage image, RunMonitor monitor) throws InferenceException {
        return mask(image, monitor);
    }

    @Override
    public Mask mask(PlanarImage image, RunMonitor monitor) throws InferenceException {
        PlanarImage input = Resample.resize(image, side, side);
        for (int c = 0; c < 3; c++) {
            float[] p = input.plane(c);
            for (int i = 0; i < p.length; i++) {
                p[i] = (p[i] - MEAN[c]) / STD[c];
            }
        }
        String in = model.contract().inputs().get(0).name();
        String out = model.contract().outputs().get(0).name();
        Tensor logits = service.run(model, Map.of(in, ImageTensors.of(input)), monitor).get(out);
        return Resample.resize(Mask.wrap(side, side, probability(logits, classes)), image.width(), image.height());
    }

    /** Softmax over the classes at every pixel, summed over the wanted classes. */
    static float[] probability(Tensor logits, int[] wantedClasses) {
        int classes = (int) logits.dim(1);
        int n = (int) (logits.dim(2) * logits.dim(3));
        FloatBuffer l = logits.floats();
        float[] skin = new float[n];
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                max = Math.max(max, l.get(k * n + i));
            }
            double total = 0;
            double wanted = 0;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(l.get(k * n + i) - max);
                total += e;
                for (int s : wantedClasses) {
                    wanted += s == k ? e : 0;
                }
            }
            skin[i] = (float) (wanted / total);
        }
        return skin;
    }
}
