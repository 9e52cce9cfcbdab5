package io.latentretouch.imaging.color;

/**
 * The RGB encodings studios deliver in, from their published primaries, white point (D65) and curves, with ICC v4
 * profiles of them for writing into files.
 */
public enum StandardProfile {

    /** IEC 61966-2-1 sRGB. */
    SRGB("sRGB IEC61966-2.1", new double[] {0.64, 0.33, 0.30, 0.60, 0.15, 0.06}, 3, 2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045),
    /** Adobe RGB (1998): gamma 563/256. */
    ADOBE_RGB("Adobe RGB (1998)", new double[] {0.64, 0.33, 0.21, 0.71, 0.15, 0.06}, 0, 563 / 256.0),
    /** Display P3: DCI-P3 primaries, D65, the sRGB curve. */
    DISPLAY_P3("Display P3", new double[] {0.680, 0.320, 0.265, 0.690, 0.150, 0.060}, 3, 2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045);

    private final RgbColorSpace space;
    private final int curveType;
    private final double[] curve;

    StandardProfile(String name, double[] primaries, int curveType, double... curve) {
        double[] xy = {primaries[0], primaries[1], primaries[2], primaries[3], primaries[4], primaries[5], Matrices.D65_XY[0], Matrices.D65_XY[1]};
        this.space = RgbColorSpace.fromPrimaries(name, xy, ToneCurve.parametric(curveType, curve));
        this.curveType = curveType;
        this.curve = curve;
    }

    public RgbColorSpace space() {
        return space;
    }

    /** An ICC v4 matrix/TRC display profile of this space. */
    public byte[] iccBytes() {
        return IccWriter.write(space.name(), space.toXyzD50(), Matrices.bradford(Matrices.D65_XY[0], Matrices.D65_XY[1]), curveType, curve);
    }
}
