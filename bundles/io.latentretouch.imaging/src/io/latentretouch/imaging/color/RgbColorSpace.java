package io.latentretouch.imaging.color;

/**
 * An RGB encoding: per-channel transfer curves and the matrix from linear RGB to CIE XYZ relative to D50 (the ICC
 * connection space).
 *
 * @param name     the profile's description
 * @param toXyzD50 row-major 3×3 matrix, columns the red, green and blue colorants
 * @param curves   red, green and blue transfer curves
 */
public record RgbColorSpace(String name, double[] toXyzD50, ToneCurve[] curves) {

    public RgbColorSpace {
        if (toXyzD50.length != 9 || curves.length != 3) {
            throw new IllegalArgumentException("An RGB space needs a 3×3 matrix and three curves");
        }
        toXyzD50 = toXyzD50.clone();
        curves = curves.clone();
    }

    /**
     * A space from chromaticities and a white point, adapted to D50 with the Bradford transform as ICC requires.
     *
     * @param xy red, green, blue and white chromaticities: {xr, yr, xg, yg, xb, yb, xw, yw}
     */
    public static RgbColorSpace fromPrimaries(String name, double[] xy, ToneCurve curve) {
        double[] rgbToXyz = Matrices.primaries(xy);
        double[] adapt = Matrices.bradford(xy[6], xy[7]);
        return new RgbColorSpace(name, Matrices.multiply(adapt, rgbToXyz), new ToneCurve[] {curve, curve, curve});
    }

    /** The matrix from this space's linear RGB to {@code target}'s linear RGB. */
    public double[] matrixTo(RgbColorSpace target) {
        return Matrices.multiply(Matrices.invert(target.toXyzD50), toXyzD50);
    }
}
