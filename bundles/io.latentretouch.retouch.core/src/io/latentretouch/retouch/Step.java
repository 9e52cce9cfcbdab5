package io.latentretouch.retouch;

import java.util.Objects;

/** One step of a recipe. Immutable values; the {@link Retoucher} knows how to apply each. */
public sealed interface Step permits Step.Imperfection, Step.Fabric, Step.Lighting {

    /** The step's name in recipe files. */
    String op();

    /**
     * Skin truth, 1 (poreless cover finish, blemishes removed) … 3 (natural, unchanged) … 5 (raw, with grain).
     *
     * @param level continuous in [1, 5]
     */
    record Imperfection(double level) implements Step {
        public Imperfection {
            if (!(level >= 1 && level <= 5)) {
                throw new IllegalArgumentException("The imperfection level runs from 1 to 5, not " + level);
            }
        }

        @Override
        public String op() {
            return "imperfection";
        }
    }

    /**
     * Fabric folds: 0 keeps them (lifestyle), 1 presses them out (e-commerce), negative deepens them; only inside the
     * fabric region, nowhere else.
     *
     * @param strength in [-1, 1]
     * @param region   where the fabric is
     */
    record Fabric(double strength, FabricRegion region) implements Step {
        public Fabric {
            if (!(strength >= -1 && strength <= 1)) {
                throw new IllegalArgumentException("The fabric strength runs from -1 to 1, not " + strength);
            }
            Objects.requireNonNull(region, "region");
        }

        /** A fabric step on the region the user gives when applying. */
        public Fabric(double strength) {
            this(strength, FabricRegion.GIVEN);
        }

        @Override
        public String op() {
            return "fabric";
        }
    }

    /**
     * The lighting adapter.
     *
     * @param glow      soft luminous skin, 0..1
     * @param key       directional key light, 0..1
     * @param direction where the key light comes from, degrees counter-clockwise from the right (90 = from above)
     */
    record Lighting(double glow, double key, double direction) implements Step {
        public Lighting {
            if (!(glow >= 0 && glow <= 1 && key >= 0 && key <= 1)) {
                throw new IllegalArgumentException("Glow and key run from 0 to 1, not " + glow + " and " + key);
            }
        }

        @Override
        public String op() {
            return "lighting";
        }
    }
}
