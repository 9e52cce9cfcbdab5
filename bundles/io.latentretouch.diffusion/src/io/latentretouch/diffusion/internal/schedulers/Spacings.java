package io.latentretouch.diffusion.internal.schedulers;

import io.latentretouch.diffusion.SchedulerConfig.Spacing;

/**
 * Which trained timesteps the steps of a run use, highest first, as diffusers spreads them; where diffusers'
 * {@code arange} of a non-integral step yields one timestep too many (61 trailing steps: a last timestep of −1), we
 * give exactly the steps asked for.
 */
final class Spacings {

    private Spacings() {
    }

    /** {@code n} evenly spaced values from {@code a} to {@code b}, both included, as numpy computes them. */
    static double[] linspace(double a, double b, int n) {
        double[] values = new double[n];
        double step = n > 1 ? (b - a) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            values[i] = i * step + a;
        }
        if (n > 1) {
            values[n - 1] = b;
        }
        return values;
    }

    /**
     * The timesteps of DDIM, Euler and Euler a.
     *
     * @param whole whether linspace spacing rounds to whole timesteps (DDIM) or keeps fractions (Euler)
     */
    static float[] spaced(Spacing spacing, int trained, int n, int offset, boolean whole) {
        return switch (spacing) {
            case LINSPACE -> reversed(linspace(0, trained - 1, n), n, whole);
            case LEADING -> leading(trained / n, n, offset);
            case TRAILING -> trailing(trained, n);
        };
    }

    /** The timesteps of DPM-Solver: {@code n + 1} points spread, the last (lowest) dropped. */
    static float[] multistep(Spacing spacing, int trained, int n, int offset) {
        return switch (spacing) {
            case LINSPACE -> reversed(linspace(0, trained - 1, n + 1), n, true);
            case LEADING -> leading(trained / (n + 1), n, offset);
            case TRAILING -> trailing(trained, n);
        };
    }

    private static float[] leading(int ratio, int n, int offset) {
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = (n - 1 - i) * ratio + offset;
        }
        return t;
    }

    private static float[] trailing(int trained, int n) {
        double ratio = (double) trained / n;
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            t[i] = (float) (Math.rint(trained - i * ratio) - 1);
        }
        return t;
    }

    /** The first {@code n} of the values from the highest down, rounded half to even as numpy rounds. */
    private static float[] reversed(double[] values, int n, boolean whole) {
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            double v = values[values.length - 1 - i];
            t[i] = (float) (whole ? Math.rint(v) : v);
        }
        return t;
    }
}
