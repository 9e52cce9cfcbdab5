package io.latentretouch.inference.onnx.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;

/**
 * Which execution provider sessions run on, as asked for by the configuration ({@code auto}, {@code cpu} or
 * {@code cuda}) and as it really turned out: a CUDA request that fell back to the CPU says so, logged once, with
 * the reason.
 */
final class Providers {

    static final String CPU = "CPU";
    static final String CUDA = "CUDA";

    private static final System.Logger LOG = System.getLogger(Providers.class.getName());

    private final String requested;
    private final boolean cudaInBuild;
    /** Why CUDA is not used although it was asked for or tried; null while nothing fell back. */
    private final AtomicReference<String> fallback = new AtomicReference<>();

    Providers(String requested, EnumSet<OrtProvider> available) {
        String r = requested.strip().toLowerCase(Locale.ROOT);
        if (!r.equals("auto") && !r.equals("cpu") && !r.equals("cuda")) {
            LOG.log(System.Logger.Level.WARNING, "executionProvider '" + requested + "' is none of auto, cpu, cuda; auto is used");
            r = "auto";
        }
        this.requested = r;
        this.cudaInBuild = available.contains(OrtProvider.CUDA);
        if (r.equals("cuda") && !cudaInBuild) {
            fellBack("CUDA was asked for, but this ONNX Runtime build has no CUDA provider (the CPU build is installed)");
        }
    }

    /** Adds CUDA to a session's options when it is asked for and present; returns the provider the session gets. */
    String configure(SessionOptions options) {
        if (requested.equals("cpu") || !cudaInBuild) {
            return CPU;
        }
        try {
            options.addCUDA();
            return CUDA;
        } catch (OrtException e) {
            fellBack("CUDA could not be started: " + e.getMessage());
            return CPU;
        }
    }

    /** The provider sessions get. */
    String current() {
        return fallback.get() != null || requested.equals("cpu") || !cudaInBuild ? CPU : CUDA;
    }

    /** Why CUDA is not used although it was asked for or tried, or empty. */
    Optional<String> fallback() {
        return Optional.ofNullable(fallback.get());
    }

    private void fellBack(String reason) {
        if (fallback.compareAndSet(null, reason)) {
            LOG.log(System.Logger.Level.WARNING, "Running on the CPU: " + reason);
        }
    }
}
