package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.Blur;
import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.Masks;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.models.Face;

/**
 * Combines the general skin mask with the faces: inside each head the face's own skin colour decides, beyond the
 * heads the general mask does, kept to colours and textures near some face's skin, the two blended across the head's
 * soft edge; small holes (blemishes, moles) are closed, the
 * edge softened inwards, and the protected features cut out. Works on one grid (the image or a reduced copy), the
 * faces in its coordinates.
 */
final class SkinMapper {

    /** The inward soft edge of a face's skin, in face units. */
    static final double EDGE = 1 / 40.0;
    /** Below this the combined probability is not skin, above the second it is surely skin. */
    static final float UNSURE = 0.1f;
    static final float SURE = 0.8f;
    /** Blemishes and moles read as "not skin" to a colour model: holes up to this size, in face units, are closed. */
    static final double HOLES = 0.08;
    /** Skin thinner than twice this, in face units, is not skin but a colour edge. */
    static final double OPENING = 1 / 30.0;

    private SkinMapper() {
    }

    /**
     * The skin, and the features it leaves out, on the image's grid. A general mask from a face-parsing model is
     * trusted as it is (it knows skin from hair and eyes); the features are still cut out.
     */
    static Mask[] map(PlanarImage image, Mask general, boolean parsed, List<Face> faces) {
        int w = image.width();
        int h = image.height();
        double smallest = faces.stream().mapToDouble(FaceFrame::unit).min().orElse(SkinRegions.NOMINAL_SHARE * Math.min(w, h));
        int holeRadius = (int) Math.max(2, Math.round(smallest * HOLES));
        if (faces.isEmpty()) {
            return new Mask[] {Masks.fillHoles(general, holeRadius), Mask.empty(w, h)};
        }
        if (parsed) {
            return cut(Masks.fillHoles(general, holeRadius), faces);
        }
        Colours colours = Colours.of(image, smallest);
        float[] heads = new float[w * h];
        float[] inHead = new float[w * h];
        float[] near = new float[w * h];
        double edge = smallest * EDGE;
        List<FaceSkin> skins = new ArrayList<>();
        for (Face face : faces) {
            FaceFrame frame = new FaceFrame(face);
            float[] texture = colours.texture(frame.unit() * FaceSkin.STRAND);
            FaceSkin skin = FaceSkin.sample(frame, colours, texture);
            if (skin == null) {
                continue;
            }
            skins.add(skin);
            for (int y = 0, i = 0; y < h; y++) {
                for (int x = 0; x < w; x++, i++) {
                    float head = (float) skin.head(x + 0.5, y + 0.5);
                    if (head > 0) {
                        heads[i] = Math.max(heads[i], head * skin.skin(colours, texture, i, x + 0.5, y + 0.5));
                        inHead[i] = Math.max(inHead[i], head);
                    }
                    near[i] = Math.max(near[i], skin.near(colours, texture, i) * (float) (1 - skin.hair(x + 0.5, y + 0.5)));
                }
            }
        }
        if (skins.isEmpty()) {
            return new Mask[] {Masks.fillHoles(general, holeRadius), Mask.empty(w, h)};
        }
        float[] g = general.values();
        float[] skin = new float[w * h];
        for (int i = 0; i < skin.length; i++) {
            float p = heads[i] + (1 - inHead[i]) * g[i] * near[i];
            skin[i] = Math.max(0, Math.min(1, (p - UNSURE) / (SURE - UNSURE)));
        }
        if (w == 512) { try {
            dbg("gen", g, w, h); dbg("near", near, w, h); dbg("heads", heads, w, h); dbg("inhead", inHead, w, h); dbg("pre", skin, w, h);
        } catch (Exception e) { throw new RuntimeException(e); } }
        // the general model and the colour bounds pass thin blends at colour edges (orange to black, red to white): an
        // opening removes what is thinner than a fraction of the face before holes are closed
        int opening = (int) Math.max(1, Math.round(smallest * OPENING));
        Mask open = Masks.dilate(Masks.erode(Mask.wrap(w, h, skin), opening), opening);
        float[] o = open.values();
        for (int i = 0; i < o.length; i++) {
            o[i] = Math.min(o[i], skin[i]);
        }
        Mask closed = Masks.fillHoles(open, holeRadius);
        float[] c = closed.values();
        float[] soft = Blur.gaussian(c, w, h, edge);
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.min(c[i], soft[i]);
        }
        return cut(closed, faces);
    }

    static void dbg(String n, float[] v, int w, int h) throws Exception {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(v.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (float f : v) b.putFloat(f);
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/dbg/m_" + n + "_" + w + "x" + h + "x1.f32"), b.array());
    }

    /** The skin with the faces' features cut out (in place), and the features. */
    private static Mask[] cut(Mask skin, List<Face> faces) {
        Mask features = FaceFeatures.of(faces, skin.width(), skin.height());
        float[] c = skin.values();
        float[] f = features.values();
        for (int i = 0; i < c.length; i++) {
            c[i] *= 1 - f[i];
        }
        return new Mask[] {skin, features};
    }
}
