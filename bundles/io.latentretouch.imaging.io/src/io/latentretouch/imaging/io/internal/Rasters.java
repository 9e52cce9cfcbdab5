package io.latentretouch.imaging.io.internal;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.stream.IntStream;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;

/** Between decoded rasters and planar floats, keeping every bit of 8- and 16-bit samples. */
final class Rasters {

    private Rasters() {
    }

    /** Bits per sample of the image's first band. */
    static int bits(BufferedImage img) {
        return img.getColorModel().getComponentSize(0);
    }

    /** RGB planes (grey images repeated over three planes; CMYK converted to sRGB by its colour model). */
    static PlanarImage planes(BufferedImage img) {
        BufferedImage rgb = img;
        int type = img.getColorModel().getColorSpace().getType();
        if (type != ColorSpace.TYPE_RGB && type != ColorSpace.TYPE_GRAY) {
            rgb = new ColorConvertOp(ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(img, null);
        }
        Raster r = rgb.getRaster();
        boolean grey = rgb.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        PlanarImage out = PlanarImage.create(r.getWidth(), r.getHeight(), 3);
        for (int c = 0; c < 3; c++) {
            int band = grey ? 0 : c;
            if (!copyBand(r, band, rgb.getColorModel().getComponentSize(band), out.plane(c))) {
                copyBandSlowly(r, band, rgb.getColorModel().getComponentSize(band), out.plane(c));
            }
        }
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
    static Mask alpha(BufferedImage img) {
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
     * An RGB image of {@code bits} (8 or 16) per sample holding the planes' values, rounded and clamped to [0, 1].
     * Its colour model says sRGB, so writers store the values as they are (the real profile is embedded separately).
     */
    static BufferedImage image(PlanarImage p, int bits) {
        int type = bits == 16 ? DataBuffer.TYPE_USHORT : DataBuffer.TYPE_BYTE;
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {bits, bits, bits},
                false, false, Transparency.OPAQUE, type);
        WritableRaster raster = cm.createCompatibleWritableRaster(p.width(), p.height());
        int max = (1 << bits) - 1;
        int[] row = new int[p.width()];
        for (int c = 0; c < 3; c++) {
            float[] src = p.plane(c);
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    float v = src[y * p.width() + x];
                    row[x] = Math.round((v < 0 ? 0 : v > 1 ? 1 : v) * max);
                }
                raster.setSamples(0, y, p.width(), 1, c, row);
            }
        }
        return new BufferedImage(cm, raster, false, null);
    }
}
