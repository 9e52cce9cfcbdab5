package io.latentretouch.diffusion.internal.schedulers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionException.Code;
import io.latentretouch.diffusion.SchedulerConfig;
import io.latentretouch.diffusion.SchedulerConfig.BetaSchedule;
import io.latentretouch.diffusion.SchedulerConfig.FinalSigmas;
import io.latentretouch.diffusion.SchedulerConfig.Prediction;
import io.latentretouch.diffusion.SchedulerConfig.Spacing;
import io.latentretouch.diffusion.internal.JsonFiles;

/** Reads {@code scheduler_config.json}; keys we do not use (PNDM's {@code skip_prk_steps}, versions) are ignored. */
public final class SchedulerConfigFile {

    private final Path file;
    private final JsonObject json;

    private SchedulerConfigFile(Path file, JsonObject json) {
        this.file = file;
        this.json = json;
    }

    public static SchedulerConfig read(Path file) throws DiffusionException {
        return new SchedulerConfigFile(file, JsonFiles.read(file, "the model")).config();
    }

    private SchedulerConfig config() throws DiffusionException {
        return new SchedulerConfig(string("_class_name"), integer("num_train_timesteps"), number("beta_start"),
                number("beta_end"), choice("beta_schedule", BetaSchedule.class), numbers("trained_betas"),
                choice("prediction_type", Prediction.class), choice("timestep_spacing", Spacing.class),
                integer("steps_offset"), bool("set_alpha_to_one"), bool("clip_sample"), number("clip_sample_range"),
                bool("use_karras_sigmas"), choice("final_sigmas_type", FinalSigmas.class),
                bool("rescale_betas_zero_snr"), integer("original_inference_steps"), number("timestep_scaling"));
    }

    /** The key's value, or {@code null} when absent or JSON {@code null}. */
    private JsonElement value(String key) {
        JsonElement e = json.get(key);
        return e == null || e.isJsonNull() ? null : e;
    }

    private String string(String key) throws DiffusionException {
        JsonElement e = value(key);
        if (e != null && !(e.isJsonPrimitive() && e.getAsJsonPrimitive().isString())) {
            throw wrong(key, e, "a string");
        }
        return e == null ? null : e.getAsString();
    }

    private Double number(String key) throws DiffusionException {
        JsonElement e = value(key);
        if (e != null && !(e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber())) {
            throw wrong(key, e, "a number");
        }
        return e == null ? null : e.getAsDouble();
    }

    private Integer integer(String key) throws DiffusionException {
        Double d = number(key);
        if (d != null && (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE)) {
            throw wrong(key, value(key), "a whole number");
        }
        return d == null ? null : d.intValue();
    }

    private Boolean bool(String key) throws DiffusionException {
        JsonElement e = value(key);
        if (e != null && !(e.isJsonPrimitive() && ((JsonPrimitive) e).isBoolean())) {
            throw wrong(key, e, "true or false");
        }
        return e == null ? null : e.getAsBoolean();
    }

    private double[] numbers(String key) throws DiffusionException {
        JsonElement e = value(key);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            throw wrong(key, e, "a list of numbers");
        }
        JsonArray a = e.getAsJsonArray();
        double[] values = new double[a.size()];
        for (int i = 0; i < values.length; i++) {
            JsonElement v = a.get(i);
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
                throw wrong(key + "[" + i + "]", v, "a number");
            }
            values[i] = v.getAsDouble();
        }
        return values;
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type) throws DiffusionException {
        String s = string(key);
        if (s == null) {
            return null;
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                .toString();
        throw new DiffusionException(Code.INVALID, file + ": " + key + " is \"" + s + "\", expected one of " + valid);
    }

    private DiffusionException wrong(String key, JsonElement found, String expected) {
        return new DiffusionException(Code.INVALID, file + ": " + key + " is " + found + ", expected " + expected);
    }
}
