package io.latentretouch.inference.onnx.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import io.latentretouch.inference.Contract;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.ModelFile;
import io.latentretouch.inference.ModelRegistry;

/** Creates sessions from hash-verified model bytes with the configured options, and checks their contract. */
final class SessionFactory {

    private static final System.Logger LOG = System.getLogger(SessionFactory.class.getName());

    private final OrtEnvironment env;
    private final OnnxSettings settings;
    private final Providers providers;

    SessionFactory(OrtEnvironment env, OnnxSettings settings) {
        this.env = env;
        this.settings = settings;
        this.providers = new Providers(settings.executionProvider(), OrtEnvironment.getAvailableProviders());
    }

    /**
     * What sessions run on, e.g. "CPU, 1 thread per operator" or "CPU, a thread per core in each operator; CUDA was
     * asked for, but …".
     */
    String describe() {
        int threads = settings.intraOpThreads();
        String text = providers.current() + ", " + (threads <= 0 ? "a thread per core in each operator"
                : threads + (threads == 1 ? " thread" : " threads") + " per operator");
        return providers.fallback().map(r -> text + "; " + r).orElse(text);
    }

    /**
     * A session of the model: opened from its path when it is on disk, so ONNX Runtime reads any external weight data
     * itself, from its bytes when it lives in a bundle.
     */
    LoadedModel create(ModelDescriptor model, ModelRegistry registry) throws InferenceException {
        Optional<ModelFile> file = registry.file(model);
        ByteBuffer bytes = file.isPresent() ? null : registry.read(model);
        OrtSession session;
        String provider;
        try (SessionOptions options = new SessionOptions()) {
            provider = providers.configure(options);
            Optional<GraphCache> cache = external(file) ? Optional.empty() : cache();
            Optional<Path> cached = cache.flatMap(c -> c.trusted(model, provider));
            configure(options, cached.orElse(null), cache.map(c -> c.file(model, provider)).orElse(null));
            if (cached.isPresent()) {
                session = env.createSession(cached.get().toString(), options);
            } else {
                session = file.isPresent() ? env.createSession(file.get().path().toString(), options)
                        : env.createSession(bytes, options);
                cache.ifPresent(c -> c.seal(c.file(model, provider)));
            }
        } catch (OrtException e) {
            throw new InferenceException(Code.MODEL_UNREADABLE, "Model '" + model.id() + "' (" + model.location()
                    + ") is not a model ONNX Runtime can load: " + e.getMessage(), e);
        }
        try {
            Contract actual = new Contract(OrtTensors.specs(session.getInputInfo()), OrtTensors.specs(session.getOutputInfo()));
            List<String> problems = model.contract().mismatches(actual, model.task().phrase());
            if (!problems.isEmpty()) {
                throw new InferenceException(Code.CONTRACT_MISMATCH,
                        "Model '" + model.id() + "' does not fit: " + String.join("; ", problems) + ".");
            }
            long cost = file.isPresent() ? file.get().bytes() : bytes.capacity();
            return new LoadedModel(session, actual, cost, provider);
        } catch (OrtException | InferenceException | RuntimeException e) {
            closeQuietly(session);
            if (e instanceof InferenceException ie) {
                throw ie;
            }
            throw new InferenceException(Code.MODEL_UNREADABLE, "Cannot read the inputs and outputs of model '" + model.id() + "': " + e.getMessage(), e);
        }
    }

    /** The inputs and outputs of a model file, from a session opened on the CPU without optimising and closed again. */
    Contract inspect(Path file) throws InferenceException {
        try (SessionOptions options = new SessionOptions()) {
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            options.setOptimizationLevel(OptLevel.NO_OPT);
            try (OrtSession session = env.createSession(file.toString(), options)) {
                return new Contract(OrtTensors.specs(session.getInputInfo()), OrtTensors.specs(session.getOutputInfo()));
            }
        } catch (OrtException | RuntimeException e) {
            throw new InferenceException(Code.MODEL_UNREADABLE, file + " is not a model ONNX Runtime can load: " + e.getMessage(), e);
        }
    }

    /**
     * @param cached a sealed optimised graph to load as it is, or null
     * @param target where ONNX Runtime writes the graph it optimises, or null when the cache is off
     */
    private void configure(SessionOptions o, Path cached, Path target) throws OrtException {
        o.setIntraOpNumThreads(settings.intraOpThreads());
        o.setInterOpNumThreads(settings.interOpThreads());
        // the optimiser's notes on third-party files (unused initialisers) are no concern of the user's console
        o.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        // without the arena, memory of a tile's intermediates goes back after each run: lower peaks for a few % time
        o.setCPUArenaAllocator(false);
        o.setMemoryPatternOptimization(false);
        o.addConfigEntry("session.intra_op.allow_spinning", settings.spinning() ? "1" : "0");
        o.addConfigEntry("session.inter_op.allow_spinning", settings.spinning() ? "1" : "0");
        if (cached != null) {
            o.setOptimizationLevel(OptLevel.NO_OPT);
        } else {
            o.setOptimizationLevel(level(settings.optimization()));
            if (target != null) {
                o.setOptimizedModelFilePath(target.toString());
            }
        }
    }

    /**
     * Whether the model reads weight files beside it: its optimised graph would hold their weights under a key of the
     * model file's hash alone, so it is not cached.
     */
    private static boolean external(Optional<ModelFile> file) {
        try {
            return file.isPresent() && file.get().bytes() > Files.size(file.get().path());
        } catch (IOException e) {
            return true;
        }
    }

    /** The cache of optimised graphs, when one is configured. */
    private Optional<GraphCache> cache() {
        String dir = settings.optimizedModelCache();
        return dir.isBlank() ? Optional.empty() : Optional.of(new GraphCache(Path.of(dir), settings.optimization()));
    }

    private static OptLevel level(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> OptLevel.NO_OPT;
            case "basic" -> OptLevel.BASIC_OPT;
            case "extended" -> OptLevel.EXTENDED_OPT;
            default -> OptLevel.ALL_OPT;
        };
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.log(System.Logger.Level.DEBUG, "Closing a refused session failed", e);
        }
    }
}
