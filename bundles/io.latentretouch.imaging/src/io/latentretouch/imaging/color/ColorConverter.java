package io.latentretouch.imaging.color;

import java.util.stream.IntStream;

import io.latentretouch.imaging.PlanarImage;

/**
 * Converts images of one RGB encoding to linear light and to sRGB. The float conversions are exact (curves evaluated,
 * nothing clipped, so wide-gamut colours come out below 0 or above 1); the screen conversion uses 12-bit lookup
 * tables and writes 8-bit sRGB, in parallel rows: a preview of 24 megapixels in a fraction of a second. Thread-safe.
 */
public final class ColorConverter {

    /** Table size of the screen conversion: 12 bits in and out keep it in the first-level cache and within one 8-bit level. */
    private static final int LUT = 1 << 12;

    private final RgbColorSpace source;
    private final double[] toSrgb;
    private final boolean identity;
    private volatile float[][] decode;
    private volatile byte[] encode;

    public ColorConverter(RgbColorSpace source) {
        this.source = source;
        this.toSrgb = source.matrixTo(StandardProfile.SRGB.space());
        this.identity = isIdentity(toSrgb) && hasSrgbCurves(source);
    }

    /** Linear light in the source's own primaries. */
    public PlanarImage toLinear(PlanarImage in) {
        PlanarImage out = PlanarImage.create(in.width(), in.height(), 3);
        for (int c = 0; c < 3; c++) {
            float[] src = in.plane(c);
            float[] dst = out.plane(c);
            ToneCurve curve = source.curves()[c];
            IntStream.range(0, src.length).parallel().forEach(i -> dst[i] = (float) curve.toLinear(src[i]));
        }
        return out;
    }

    /** sRGB-encoded floats, not clipped. */
    public PlanarImage toSrgb(PlanarImage in) {
        PlanarImage lin = toLinear(in);
        PlanarImage out = PlanarImage.create(in.width(), in.height(), 3);
        float[] r = lin.plane(0);
        float[] g = lin.plane(1);
        float[] b = lin.plane(2);
        double[] m = toSrgb;
        IntStream.range(0, r.length).parallel().forEach(i -> {
            out.plane(0)[i] = (float) ToneCurve.encodeSrgb(m[0] * r[i] + m[1] * g[i] + m[2] * b[i]);
            out.plane(1)[i] = (float) ToneCurve.encodeSrgb(m[3] * r[i] + m[4] * g[i] + m[5] * b[i]);
            out.plane(2)[i] = (float) ToneCurve.encodeSrgb(m[6] * r[i] + m[7] * g[i] + m[8] * b[i]);
        });
        return out;
    }

    /**
     * 8-bit sRGB for the screen, clipped: three bytes per pixel (R, G, B), rows of {@code stride} bytes, from the
     * {@code width × height} region at (x0, y0) of {@code in}.
     */
    public void toScreen(PlanarImage in, int x0, int y0, int width, int height, byte[] rgb, int stride) {
        float[] r = in.plane(0);
        float[] g = in.plane(1);
        float[] b = in.plane(2);
        byte[] enc = encodeTable();
        float[][] dec = identity ? null : decodeTables();
        float[] m = new float[9];
        for (int i = 0; i < 9; i++) {
            m[i] = (float) toSrgb[i];
        }
        IntStream.range(0, height).parallel().forEach(row -> {
            int s = (y0 + row) * in.width() + x0;
            int d = row * stride;
            for (int x = 0; x < width; x++, s++, d += 3) {
                if (dec == null) {
                    rgb[d] = enc[quantise(r[s])];
                    rgb[d + 1] = enc[quantise(g[s])];
                    rgb[d + 2] = enc[quantise(b[s])];
                } else {
                    float lr = dec[0][quantise(r[s])];
                    float lg = dec[1][quantise(g[s])];
                    float lb = dec[2][quantise(b[s])];
                    rgb[d] = enc[quantise(m[0] * lr + m[1] * lg + m[2] * lb)];
                    rgb[d + 1] = enc[quantise(m[3] * lr + m[4] * lg + m[5] * lb)];
                    rgb[d + 2] = enc[quantise(m[6] * lr + m[7] * lg + m[8] * lb)];
                }
            }
        });
    }

    private static int quantise(float v) {
        return Math.min(LUT - 1, Math.max(0, (int) (v * (LUT - 1) + 0.5f)));
    }

    private float[][] decodeTables() {
        float[][] t = decode;
        if (t == null) {
            t = new float[3][LUT];
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < LUT; i++) {
                    t[c][i] = (float) source.curves()[c].toLinear(i / (double) (LUT - 1));
                }
            }
            decode = t;
        }
        return t;
    }

    /** Linear (or, for an sRGB source, encoded) value in 1/4095 steps to an 8-bit sRGB byte. */
    private byte[] encodeTable() {
        byte[] t = encode;
        if (t == null) {
            t = new byte[LUT];
            for (int i = 0; i < LUT; i++) {
                double v = i / (double) (LUT - 1);
                t[i] = (byte) Math.round(255 * (identity ? v : ToneCurve.encodeSrgb(v)));
            }
            encode = t;
        }
        return t;
    }

    /** Whether the source is encoded like sRGB already: then the screen table maps its values straight to bytes. */
    private static boolean hasSrgbCurves(RgbColorSpace space) {
        for (ToneCurve curve : space.curves()) {
            for (int i = 0; i <= 16; i++) {
                if (Math.abs(curve.toLinear(i / 16.0) - ToneCurve.SRGB.toLinear(i / 16.0)) > 1e-4) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isIdentity(double[] m) {
        for (int i = 0; i < 9; i++) {
            if (Math.abs(m[i] - (i % 4 == 0 ? 1 : 0)) > 1e-4) {
                return false;
            }
        }
        return true;
    }
}
