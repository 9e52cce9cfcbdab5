package io.latentretouch.diffusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Scheduler configs as the public model folders ship them, written to files and read back. */
public final class Configs {

    /** Stable Diffusion 1.5's {@code scheduler/scheduler_config.json}. */
    public static final String SD15 = """
            {
              "_class_name": "PNDMScheduler",
              "_diffusers_version": "0.6.0",
              "beta_end": 0.012,
              "beta_schedule": "scaled_linear",
              "beta_start": 0.00085,
              "num_train_timesteps": 1000,
              "set_alpha_to_one": false,
              "skip_prk_steps": true,
              "steps_offset": 1,
              "trained_betas": null,
              "clip_sample": false
            }
            """;

    private Configs() {
    }

    /**
     * SD 1.5's config with the keys of {@code overrides} (a JSON object) replacing or adding to it, a JSON
     * {@code null} removing one, written to {@code dir} and read back.
     */
    public static SchedulerConfig sd15(Path dir, String overrides) throws IOException, DiffusionException {
        JsonObject config = JsonParser.parseString(SD15).getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : JsonParser.parseString(overrides).getAsJsonObject().entrySet()) {
            if (e.getValue().isJsonNull()) {
                config.remove(e.getKey());
            } else {
                config.add(e.getKey(), e.getValue());
            }
        }
        Path file = dir.resolve("scheduler_config.json");
        Files.writeString(file, config.toString());
        return SchedulerConfig.read(file);
    }
}
