package io.latentretouch.diffusion.internal.schedulers;

/** Sigma arithmetic shared by the sigma-based samplers. */
final class Sigmas {

    private static final double KARRAS_RHO = 7.0;

    private Sigmas() {
    }

    /** σ at a possibly fractional timestep, linearly between the trained ones. */
    static float at(float[] sigmas, double t) {
        int low = (int) Math.floor(t);
        if (low >= sigmas.length - 1) {
            return sigmas[sigmas.length - 1];
        }
        double w = t - low;
        return (float) ((1 - w) * sigmas[low] + w * sigmas[low + 1]);
    }

    /** Karras et al.'s schedule: {@code n} sigmas from σmax down to σmin, even in σ^(1/7). */
    static double[] karras(double sigmaMin, double sigmaMax, int n) {
        double minInv = Math.pow(sigmaMin, 1 / KARRAS_RHO);
        double maxInv = Math.pow(sigmaMax, 1 / KARRAS_RHO);
        double[] ramp = Spacings.linspace(0, 1, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(maxInv + ramp[i] * (minInv - maxInv), KARRAS_RHO);
        }
        return out;
    }

    /** The fractional trained timestep whose σ is {@code sigma}, interpolated in log σ as diffusers does. */
    static double timestep(double sigma, float[] sigmas) {
        double log = Math.log(Math.max(sigma, 1e-10));
        int low = 0;
        for (int i = 0; i < sigmas.length; i++) {
            if (log - logOf(sigmas[i]) >= 0) {
                low = i;
            }
        }
        low = Math.min(low, sigmas.length - 2);
        double lo = logOf(sigmas[low]);
        double hi = logOf(sigmas[low + 1]);
        double w = Math.clamp((lo - log) / (lo - hi), 0.0, 1.0);
        return (1 - w) * low + w * (low + 1);
    }

    /** log σ in single precision, as numpy takes it of the single-precision sigmas. */
    private static double logOf(float sigma) {
        return (float) Math.log(sigma);
    }
}
