package io.latentretouch.inference.models.internal.registry;

/** Configuration of the model registry (PID {@code io.latentretouch.inference.models}). */
public @interface RegistrySettings {

    /**
     * Folder of installed models (a manifest JSON beside each model file). Empty means the framework property
     * {@code io.latentretouch.models.folder}, else {@code ~/.latentretouch/models}.
     */
    String modelsFolder() default "";
}
