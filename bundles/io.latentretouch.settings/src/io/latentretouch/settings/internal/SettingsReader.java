package io.latentretouch.settings.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.latentretouch.settings.Settings;

/** Reads configuration dictionaries into annotation-typed settings, naming every key it cannot use. */
public final class SettingsReader {

    /** Prefixes of the properties the framework, Configuration Admin and the component runtime add. */
    private static final List<String> FRAMEWORK_KEYS = List.of("service.", "component.", "felix.", "osgi.", "objectClass", ".",
            Settings.SOURCE);

    private SettingsReader() {
    }

    public static <A extends Annotation> Configured<A> read(Class<A> type, Map<String, ?> properties) {
        Map<String, Method> keys = new TreeMap<>();
        for (Method m : type.getDeclaredMethods()) {
            Values.expected(m.getReturnType());
            keys.put(m.getName(), m);
        }
        List<String> problems = new ArrayList<>();
        for (String key : properties.keySet()) {
            if (!keys.containsKey(key) && FRAMEWORK_KEYS.stream().noneMatch(key::startsWith)) {
                problems.add("unknown key '" + key + "', ignored; the keys are " + keys.keySet());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> given = new LinkedHashMap<>();
        for (Method m : keys.values()) {
            Object raw = properties.get(m.getName());
            Optional<Object> value = raw == null ? Optional.empty() : Values.convert(raw, m.getReturnType());
            if (raw != null && value.isEmpty()) {
                problems.add("'" + m.getName() + "' = '" + Values.show(raw) + "' is not " + Values.expected(m.getReturnType())
                        + "; the default " + Values.show(m.getDefaultValue()) + " is kept");
            }
            value.ifPresent(v -> given.put(m.getName(), v));
            values.put(m.getName(), value.orElse(m.getDefaultValue()));
        }
        return new Configured<>(proxy(type, values), given, problems, source(properties));
    }

    private static String source(Map<String, ?> properties) {
        Object file = properties.get(Settings.SOURCE);
        if (file != null) {
            return file.toString();
        }
        Object pid = properties.get("service.pid");
        return pid == null ? "the defaults" : "configuration " + pid;
    }

    private static <A extends Annotation> A proxy(Class<A> type, Map<String, Object> values) {
        String text = type.getSimpleName() + values;
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
            case "annotationType" -> type;
            case "toString" -> text;
            case "hashCode" -> values.hashCode();
            case "equals" -> args[0] == self;
            default -> copy(values.get(method.getName()));
        }));
    }

    /** Arrays are handed out as copies, as an annotation's are. */
    private static Object copy(Object value) {
        return value instanceof String[] a ? Arrays.copyOf(a, a.length) : value;
    }
}
