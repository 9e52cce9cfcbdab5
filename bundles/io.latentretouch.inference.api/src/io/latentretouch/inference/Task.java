package io.latentretouch.inference;

/** What a model is for; panels look models up by task. */
public enum Task {
    SKIN_DETAIL("skin-detail", "the skin detail task"),
    FABRIC_DETAIL("fabric-detail", "the fabric detail task"),
    LIGHTING("lighting", "the lighting task"),
    INPAINT("inpaint", "the inpaint task"),
    SKIN_MASK("skin-mask", "the skin mask task"),
    FACE_PARSING("face-parsing", "the face parsing task"),
    FACE_DETECTION("face-detection", "the face detection task"),
    SUPER_RESOLUTION("super-resolution", "the super-resolution task"),
    /** A diffusion model as a whole: its folder, whose components are registered with the tasks below. @since 1.3 */
    GENERATION("generation", "the generation task"),
    /** A diffusion model's prompt encoder (CLIP): token ids to hidden states. @since 1.3 */
    TEXT_ENCODER("text-encoder", "the text encoder task"),
    /** A diffusion model's denoising UNet. @since 1.3 */
    DENOISER("denoiser", "the denoiser task"),
    /** A diffusion model's VAE decoder: latents to pixels. @since 1.3 */
    LATENT_DECODER("latent-decoder", "the latent decoder task"),
    /** A diffusion model's VAE encoder: pixels to latents. @since 1.3 */
    LATENT_ENCODER("latent-encoder", "the latent encoder task");

    private final String id;
    private final String phrase;

    Task(String id, String phrase) {
        this.id = id;
        this.phrase = phrase;
    }

    /** The manifest name, e.g. {@code inpaint}. */
    public String id() {
        return id;
    }

    /** How messages name it, e.g. "the inpaint task". */
    public String phrase() {
        return phrase;
    }

    /** @throws IllegalArgumentException naming the valid ids when {@code id} is none of them */
    public static Task parse(String id) {
        for (Task t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (Task t : values()) {
            valid.append(valid.isEmpty() ? "" : ", ").append(t.id);
        }
        throw new IllegalArgumentException("Unknown task '" + id + "', expected one of " + valid);
    }
}
