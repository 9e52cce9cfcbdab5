package io.latentretouch.imaging.io.internal;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;
import java.util.stream.IntStream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** Between decoded rasters and planar floats, keeping every bit of 8- and 16-bit samples. */
final class Rasters {

    private Rasters() {
    }

    /**
     * Decoded pixels as planes in [0, 1].
     *
     * @param rgb    three planes in the source's own RGB encoding (grey repeated; CMYK converted, see {@code note})
     * @param alpha  the alpha channel, or null
     * @param bits   bits per sample the file stored (8 for palettes and samples under 8 bits)
     * @param note   the colour model the pixels were converted from ("CMYK"), or null
     */
    record Decoded(PlanarImage rgb, Mask alpha, int bits, String note) {
    }

    /**
     * The image as RGB planes: palettes expanded through their colour table (with its transparency), packed samples
     * of 1, 2 or 4 bits scaled to [0, 1], CMYK converted to sRGB through {@code cmykProfile} (the file's, or a
     * generic one).
     */
    static Decoded decode(BufferedImage img, ICC_Profile cmykProfile) {
        if (img.getColorModel() instanceof IndexColorModel palette) {
            return fromPalette(img.getRaster(), palette);
        }
        int type = img.getColorModel().getColorSpace().getType();
        if (type == ColorSpace.TYPE_CMYK) {
            return fromCmyk(img, cmykProfile);
        }
        Raster r = img.getRaster();
        boolean grey = type == ColorSpace.TYPE_GRAY;
        int bits = img.getColorModel().getComponentSize(0);
        PlanarImage out = PlanarImage.create(r.getWidth(), r.getHeight(), 3);
        for (int c = 0; c < 3; c++) {
            int band = grey ? 0 : c;
            if (grey && c > 0) {
                System.arraycopy(out.plane(0), 0, out.plane(c), 0, out.plane(0).length);
            } else if (!copyBand(r, band, bits, out.plane(c))) {
                copyBandSlowly(r, band, bits, out.plane(c));
            }
        }
        return new Decoded(out, alpha(img), Math.max(8, bits), null);
    }

    private static Decoded fromPalette(Raster r, IndexColorModel palette) {
        int w = r.getWidth();
        int h = r.getHeight();
        PlanarImage out = PlanarImage.create(w, h, 3);
        boolean transparent = palette.getTransparency() != Transparency.OPAQUE;
        float[] a = transparent ? new float[w * h] : null;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0, i = y * w; x < w; x++, i++) {
                int index = row[x];
                out.plane(0)[i] = palette.getRed(index) / 255f;
                out.plane(1)[i] = palette.getGreen(index) / 255f;
                out.plane(2)[i] = palette.getBlue(index) / 255f;
                if (a != null) {
                    a[i] = palette.getAlpha(index) / 255f;
                }
            }
        }
        return new Decoded(out, a == null ? null : Mask.wrap(w, h, a), 8, null);
    }

    /**
     * CMYK (and CMYK with alpha) to sRGB: through the file's ICC profile, a band of rows at a time; without one by
     * the device formula R = (1 − C)(1 − K), as ImageMagick does for untagged CMYK.
     */
    private static Decoded fromCmyk(BufferedImage img, ICC_Profile profile) {
        Raster r = img.getRaster();
        int w = r.getWidth();
        int h = r.getHeight();
        int bits = img.getColorModel().getComponentSize(0);
        float max = (1 << bits) - 1;
        if (profile == null) {
            return new Decoded(cmykByFormula(r, max), alpha(img), Math.max(8, bits), "CMYK");
        }
        ColorSpace cmyk = new ICC_ColorSpace(profile);
        ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        ColorConvertOp op = new ColorConvertOp(cmyk, srgb, null);
        PlanarImage out = PlanarImage.create(w, h, 3);
        int band = 64;
        IntStream.range(0, (h + band - 1) / band).parallel().forEach(b -> {
            int y0 = b * band;
            int rows = Math.min(band, h - y0);
            ComponentColorModel in = new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
            WritableRaster src = in.createCompatibleWritableRaster(w, rows);
            int[] samples = new int[w * rows];
            for (int c = 0; c < 4; c++) {
                r.getSamples(0, y0, w, rows, c, samples);
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = Math.round(samples[i] / max * 65535);
                }
                src.setSamples(0, 0, w, rows, c, samples);
            }
            ComponentColorModel rgbModel = new ComponentColorModel(srgb, false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
            WritableRaster dst = rgbModel.createCompatibleWritableRaster(w, rows);
            op.filter(src, dst);
            for (int c = 0; c < 3; c++) {
                dst.getSamples(0, 0, w, rows, c, samples);
                float[] plane = out.plane(c);
                for (int i = 0; i < samples.length; i++) {
                    plane[y0 * w + i] = samples[i] / 65535f;
                }
            }
        });
        return new Decoded(out, alpha(img), Math.max(8, bits), "CMYK");
    }

    private static PlanarImage cmykByFormula(Raster r, float max) {
        int w = r.getWidth();
        PlanarImage out = PlanarImage.create(w, r.getHeight(), 3);
        IntStream.range(0, r.getHeight()).parallel().forEach(y -> {
            int[] k = r.getSamples(0, y, w, 1, 3, new int[w]);
            int[] ink = new int[w];
            for (int c = 0; c < 3; c++) {
                r.getSamples(0, y, w, 1, c, ink);
                float[] plane = out.plane(c);
                for (int x = 0; x < w; x++) {
                    plane[y * w + x] = (1 - ink[x] / max) * (1 - k[x] / max);
                }
            }
        });
        return out;
    }

    /** Straight from the data array of 8- and 16-bit component rasters (what JPEG, PNG and TIFF decode to). */
    private static boolean copyBand(Raster r, int band, int bits, float[] dst) {
        if (!(r.getSampleModel() instanceof ComponentSampleModel sm) || r.getSampleModelTranslateX() != 0 || r.getSampleModelTranslateY() != 0) {
            return false;
        }
        DataBuffer buffer = r.getDataBuffer();
        int w = r.getWidth();
        int h = r.getHeight();
        int offset = buffer.getOffsets()[sm.getBankIndices()[band]] + sm.getBandOffsets()[band];
        int pixel = sm.getPixelStride();
        int line = sm.getScanlineStride();
        float max = (1 << bits) - 1;
        if (buffer instanceof DataBufferByte bytes && bits == 8) {
            byte[] d = bytes.getData(sm.getBankIndices()[band]);
            IntStream.range(0, h).parallel().forEach(y -> {
                for (int x = 0, s = offset + y * line, i = y * w; x < w; x++, s += pixel, i++) {
                    dst[i] = (d[s] & 0xff) / max;
                }
            });
            return true;
        }
        if (buffer instanceof DataBufferUShort shorts && bits == 16) {
            short[] d = shorts.getData(sm.getBankIndices()[band]);
            IntStream.range(0, h).parallel().forEach(y -> {
                for (int x = 0, s = offset + y * line, i = y * w; x < w; x++, s += pixel, i++) {
                    dst[i] = (d[s] & 0xffff) / max;
                }
            });
            return true;
        }
        return false;
    }

    /** Any other raster, through the generic sample API. */
    private static void copyBandSlowly(Raster r, int band, int bits, float[] dst) {
        int w = r.getWidth();
        float max = (1 << bits) - 1;
        boolean floats = r.getDataBuffer().getDataType() == DataBuffer.TYPE_FLOAT;
        float[] row = new float[w];
        for (int y = 0; y < r.getHeight(); y++) {
            r.getSamples(0, y, w, 1, band, row);
            for (int x = 0; x < w; x++) {
                dst[y * w + x] = floats ? row[x] : row[x] / max;
            }
        }
    }

    /** The alpha channel, or null when the image has none. */
    private static Mask alpha(BufferedImage img) {
        if (!img.getColorModel().hasAlpha()) {
            return null;
        }
        Raster a = img.getAlphaRaster();
        float max = (1 << img.getColorModel().getComponentSize(img.getColorModel().getNumComponents() - 1)) - 1;
        float[] v = new float[a.getWidth() * a.getHeight()];
        a.getSamples(0, 0, a.getWidth(), a.getHeight(), 0, v);
        for (int i = 0; i < v.length; i++) {
            v[i] /= max;
        }
        return Mask.wrap(a.getWidth(), a.getHeight(), v);
    }

    /**
     * An RGB (with {@code alpha}: RGBA, unassociated) image of {@code bits} (8 or 16) per sample holding the planes'
     * values, rounded and clamped to [0, 1]. Its colour model says sRGB, so writers store the values as they are (the
     * real profile is embedded separately).
     */
    static BufferedImage image(PlanarImage p, int bits, Mask alpha) {
        int type = bits == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE;
        int bands = alpha == null ? 3 : 4;
        int[] sizes = new int[bands];
        Arrays.fill(sizes, bits);
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), sizes, alpha != null, false,
                alpha == null ? Transparency.OPAQUE : Transparency.TRANSLUCENT, type);
        WritableRaster raster = cm.createCompatibleWritableRaster(p.width(), p.height());
        int max = (1 << bits) - 1;
        IntStream.range(0, p.height()).parallel().forEach(y -> {
            int[] row = new int[p.width()];
            for (int c = 0; c < bands; c++) {
                float[] src = c < 3 ? p.plane(c) : alpha.values();
                for (int x = 0; x < p.width(); x++) {
                    float v = src[y * p.width() + x];
                    row[x] = Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * max);
                }
                raster.setSamples(0, y, p.width(), 1, c, row);
            }
        });
        return new BufferedImage(cm, raster, false, null);
    }

    /** The planes composited over a uniform matte through the alpha: what a format without transparency shows. */
    static PlanarImage flattened(PlanarImage p, Mask alpha, float matte) {
        PlanarImage out = PlanarImage.create(p.width(), p.height(), 3);
        float[] a = alpha.values();
        for (int c = 0; c < 3; c++) {
            float[] src = p.plane(c);
            float[] dst = out.plane(c);
            for (int i = 0; i < dst.length; i++) {
                dst[i] = src[i] * a[i] + matte * (1 - a[i]);
            }
        }
        return out;
    }
}
