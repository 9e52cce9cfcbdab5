package io.latentretouch.diffusion;

/** The samplers a recipe or the panel can choose, each a diffusers scheduler with its defaults. */
public enum Sampler {
    /** DDIM with η = 0: deterministic. */
    DDIM("DDIM"),
    /** Euler, the Karras et al. ODE step. */
    EULER("Euler"),
    /** Euler ancestral: fresh noise at every step; what the Turbo models ship with. */
    EULER_ANCESTRAL("Euler a"),
    /** DPM-Solver++ multistep, second order. */
    DPM_PP_2M("DPM++ 2M"),
    /** DPM-Solver++ 2M on the Karras sigma schedule. */
    DPM_PP_2M_KARRAS("DPM++ 2M Karras"),
    /** The latent consistency sampler for LCM models (4 to 8 steps, guidance as an embedding). */
    LCM("LCM");

    private final String label;

    Sampler(String label) {
        this.label = label;
    }

    /** The name studios know it by, as in the panel. */
    public String label() {
        return label;
    }

    /**
     * The sampler a model folder's scheduler config names ({@code _class_name}), or {@code fallback} for one we do not
     * have (PNDM, LMS): the config still gives the noise schedule.
     */
    public static Sampler of(SchedulerConfig config, Sampler fallback) {
        String name = config.className() == null ? "" : config.className();
        return switch (name) {
            case "DDIMScheduler" -> DDIM;
            case "EulerDiscreteScheduler" -> EULER;
            case "EulerAncestralDiscreteScheduler" -> EULER_ANCESTRAL;
            case "DPMSolverMultistepScheduler" -> Boolean.TRUE.equals(config.useKarrasSigmas()) ? DPM_PP_2M_KARRAS
                    : DPM_PP_2M;
            case "LCMScheduler" -> LCM;
            default -> fallback;
        };
    }
}
