package io.latentretouch.inference.onnx.internal;

import java.util.Map;

import io.latentretouch.settings.Settings;

/** Settings as the component reads them: the annotation's defaults, with some values configured. */
final class SettingsFor {

    private SettingsFor() {
    }

    static OnnxSettings with(Map<String, Object> configured) {
        return Settings.read(OnnxSettings.class, configured, "the engine under test");
    }
}
