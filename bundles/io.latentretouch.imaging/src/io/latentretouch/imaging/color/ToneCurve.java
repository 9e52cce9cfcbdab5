package io.latentretouch.imaging.color;

import java.util.Arrays;

/**
 * A transfer curve from encoded values to linear light. Defined on [0, 1] by the profile and extended beyond it
 * (mirrored for negative values, continued for values above 1) so that out-of-gamut values survive a round trip.
 */
public interface ToneCurve {

    /** Encoded value to linear light. */
    double toLinear(double encoded);

    /** A pure power curve, e.g. Adobe RGB's 563/256. */
    static ToneCurve gamma(double gamma) {
        return v -> Math.copySign(Math.pow(Math.abs(v), gamma), v);
    }

    /**
     * An ICC parametric curve (types 0–4: g, a, b, c, d, e, f), as in {@code para} tags; sRGB is type 3 with
     * g 2.4, a 1/1.055, b 0.055/1.055, c 1/12.92, d 0.04045.
     *
     * @throws IllegalArgumentException for another type or too few parameters
     */
    static ToneCurve parametric(int type, double... p) {
        int[] needed = {1, 3, 4, 5, 7};
        if (type < 0 || type > 4 || p.length < needed[type]) {
            throw new IllegalArgumentException("ICC parametric curve type " + type + " with " + p.length + " parameters; types 0–4 take 1, 3, 4, 5, 7");
        }
        double g = p[0];
        double a = type > 0 ? p[1] : 1;
        double b = type > 0 ? p[2] : 0;
        double c = type > 1 ? p[3] : 0;
        double d = type == 3 || type == 4 ? p[4] : type == 0 ? 0 : -b / a;
        double e = type == 4 ? p[5] : type == 2 ? c : 0;
        double f = type == 4 ? p[6] : 0;
        double slope = type == 3 || type == 4 ? c : 0;
        double offset = type == 4 ? f : type == 2 ? c : 0;
        return v -> {
            double x = Math.abs(v);
            double y = x >= d ? Math.pow(a * x + b, g) + e : slope * x + offset;
            return Math.copySign(y, v);
        };
    }

    /** A sampled curve ({@code curv} with a table): linear interpolation, extended linearly beyond its ends. */
    static ToneCurve table(int[] samples16) {
        double[] t = Arrays.stream(samples16).mapToDouble(s -> s / 65535.0).toArray();
        int n = t.length - 1;
        return v -> {
            double x = Math.abs(v) * n;
            int i = (int) Math.min(n - 1, Math.floor(x));
            double y = t[i] + (x - i) * (t[i + 1] - t[i]);
            return Math.copySign(y, v);
        };
    }

    /** The sRGB curve. */
    ToneCurve SRGB = parametric(3, 2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045);

    /** Linear light to sRGB encoding, extended beyond [0, 1] like {@link #SRGB}. */
    static double encodeSrgb(double linear) {
        double x = Math.abs(linear);
        double y = x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055;
        return Math.copySign(y, linear);
    }
}
