package io.latentretouch.imaging.color;

/** 3×3 matrices, row-major, for colorimetry. */
final class Matrices {

    /** D50, the ICC connection space white, XYZ. */
    static final double[] D50 = {0.9642, 1.0, 0.8249};
    /** D65 chromaticity, the white of sRGB, Adobe RGB and Display P3. */
    static final double[] D65_XY = {0.3127, 0.3290};
    private static final double[] BRADFORD = {0.8951, 0.2664, -0.1614, -0.7502, 1.7135, 0.0367, 0.0389, -0.0685, 1.0296};

    private Matrices() {
    }

    static double[] multiply(double[] a, double[] b) {
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r * 3 + c] = a[r * 3] * b[c] + a[r * 3 + 1] * b[3 + c] + a[r * 3 + 2] * b[6 + c];
            }
        }
        return m;
    }

    static double[] apply(double[] m, double x, double y, double z) {
        return new double[] {m[0] * x + m[1] * y + m[2] * z, m[3] * x + m[4] * y + m[5] * z, m[6] * x + m[7] * y + m[8] * z};
    }

    static double[] invert(double[] m) {
        double a = m[4] * m[8] - m[5] * m[7];
        double b = m[5] * m[6] - m[3] * m[8];
        double c = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * a + m[1] * b + m[2] * c;
        if (Math.abs(det) < 1e-12) {
            throw new IllegalArgumentException("The colorant matrix is singular");
        }
        return new double[] {
            a / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            b / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            c / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det};
    }

    /** RGB → XYZ for the white point's own adaptation, from chromaticities {xr, yr, xg, yg, xb, yb, xw, yw}. */
    static double[] primaries(double[] xy) {
        double[] cols = new double[9];
        for (int i = 0; i < 3; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            cols[i] = x / y;
            cols[3 + i] = 1;
            cols[6 + i] = (1 - x - y) / y;
        }
        double[] white = {xy[6] / xy[7], 1, (1 - xy[6] - xy[7]) / xy[7]};
        double[] s = apply(invert(cols), white[0], white[1], white[2]);
        double[] m = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r * 3 + c] = cols[r * 3 + c] * s[c];
            }
        }
        return m;
    }

    /** Bradford adaptation from the white (x, y) to D50. */
    static double[] bradford(double xw, double yw) {
        double[] src = apply(BRADFORD, xw / yw, 1, (1 - xw - yw) / yw);
        double[] dst = apply(BRADFORD, D50[0], D50[1], D50[2]);
        double[] scale = {dst[0] / src[0], 0, 0, 0, dst[1] / src[1], 0, 0, 0, dst[2] / src[2]};
        return multiply(invert(BRADFORD), multiply(scale, BRADFORD));
    }
}
