package io.latentretouch.inference.onnx.internal;

/** Configuration of the ONNX Runtime service (PID {@code io.latentretouch.inference.onnx}). */
public @interface OnnxSettings {

    /** Threads inside one operator; 0 lets ONNX Runtime use one per core. */
    int intraOpThreads() default 0;

    /** Threads across independent operators. */
    int interOpThreads() default 1;

    /** Graph optimisation: {@code none}, {@code basic}, {@code extended} or {@code all}. */
    String optimization() default "all";

    /** Busy-wait in the thread pool between operators; off by default, it steals cores on small machines. */
    boolean spinning() default false;

    /** Folder for optimised graphs, reused on the next load; empty disables the cache. */
    String optimizedModelCache() default "";

    /** {@code auto} uses CUDA when the GPU build of ONNX Runtime and a GPU are present, {@code cpu} never does. */
    String executionProvider() default "auto";

    /** Upper bound of the session cache, in MiB of model data. */
    int sessionCacheMegabytes() default 1024;

    /** Largest single tensor a run may take or produce, in MiB. */
    int tensorBudgetMegabytes() default 1024;
}
