package io.latentretouch.inference.onnx.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Settings as DS would pass them: the annotation's defaults, with some values overridden. */
final class SettingsFor {

    private SettingsFor() {
    }

    static OnnxSettings with(Map<String, Object> overrides) {
        return (OnnxSettings) Proxy.newProxyInstance(OnnxSettings.class.getClassLoader(), new Class<?>[] {OnnxSettings.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> OnnxSettings.class;
                    case "toString", "hashCode", "equals" -> method.getName().equals("equals") ? proxy == args[0]
                            : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "settings " + overrides;
                    default -> overrides.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
