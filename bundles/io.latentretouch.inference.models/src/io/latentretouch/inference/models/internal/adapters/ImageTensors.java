package io.latentretouch.inference.models.internal.adapters;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.inference.DType;
import io.latentretouch.inference.Tensor;

/** Copies between planar images and [1,C,H,W] tensors, row by row in bulk. */
public final class ImageTensors {

    private ImageTensors() {
    }

    /** A new float32 tensor holding the whole image. */
    public static Tensor of(PlanarImage image) {
        Tensor t = Tensor.allocate(DType.FLOAT32, 1, image.channels(), image.height(), image.width());
        put(image, image.bounds(), t, 0);
        return t;
    }

    public static Tensor of(Mask mask) {
        return of(mask.asImage());
    }

    /** Copies {@code region} of every channel into {@code t} from channel {@code offset} on. */
    static void put(PlanarImage image, Region region, Tensor t, int offset) {
        FloatBuffer dst = t.floats();
        int plane = region.width() * region.height();
        for (int c = 0; c < image.channels(); c++) {
            float[] src = image.plane(c);
            int base = (offset + c) * plane;
            for (int y = 0; y < region.height(); y++) {
                dst.put(base + y * region.width(), src, (region.y() + y) * image.width() + region.x(), region.width());
            }
        }
    }

    /** A float32 [1,C,H,W] tensor as an image. */
    public static PlanarImage image(Tensor t) {
        int c = (int) t.dim(1);
        int h = (int) t.dim(2);
        int w = (int) t.dim(3);
        PlanarImage img = PlanarImage.create(w, h, c);
        FloatBuffer src = t.floats();
        for (int i = 0; i < c; i++) {
            src.get(i * w * h, img.plane(i), 0, w * h);
        }
        return img;
    }

    /** A uint8 [1,C,H,W] tensor of the image's [0,1] values, rounded and clamped. */
    static Tensor bytes(PlanarImage image) {
        Tensor t = Tensor.allocate(DType.UINT8, 1, image.channels(), image.height(), image.width());
        ByteBuffer dst = t.bytes();
        int i = 0;
        for (int c = 0; c < image.channels(); c++) {
            for (float v : image.plane(c)) {
                dst.put(i++, (byte) (int) (Math.max(0f, Math.min(1f, v)) * 255f + 0.5f));
            }
        }
        return t;
    }

    /** A uint8 [1,C,H,W] tensor as an image of [0,1] values. */
    static PlanarImage fromBytes(Tensor t) {
        int c = (int) t.dim(1);
        int h = (int) t.dim(2);
        int w = (int) t.dim(3);
        PlanarImage img = PlanarImage.create(w, h, c);
        ByteBuffer src = t.bytes();
        int i = 0;
        for (int ch = 0; ch < c; ch++) {
            float[] p = img.plane(ch);
            for (int k = 0; k < p.length; k++) {
                p[k] = (src.get(i++) & 0xff) / 255f;
            }
        }
        return img;
    }
}
