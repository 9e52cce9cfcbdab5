package io.latentretouch.inference.models.internal.registry;

/** Configuration of the model registry (PID {@code io.latentretouch.inference.models}). */
public @interface RegistrySettings {

    /**
     * Folder of installed models (a manifest JSON beside each model file). Empty means the framework property
     * {@code io.latentretouch.models.folder}, else {@code ~/.latentretouch/models}.
     */
    String modelsFolder() default "";

    /**
     * How often the models folder is looked at, in milliseconds; a change is picked up once it has held for one more
     * look. 0 turns watching off (then only a refresh, such as {@code check} or the Models view's, rescans).
     */
    int watchMillis() default 1000;
}
