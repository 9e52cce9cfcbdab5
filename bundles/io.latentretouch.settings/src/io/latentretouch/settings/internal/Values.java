package io.latentretouch.settings.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Conversion of configuration values (strings from files, typed values from Configuration Admin) to settings types. */
final class Values {

    private Values() {
    }

    /** The value as {@code type} (one that {@link #expected(Class)} accepts), or empty when it is not one. */
    static Optional<Object> convert(Object raw, Class<?> type) {
        if (type == String[].class) {
            return Optional.of(strings(raw));
        }
        if (raw.getClass().isArray() || raw instanceof Collection) {
            return Optional.empty();
        }
        String text = raw.toString().strip();
        try {
            if (type == String.class) {
                return Optional.of(raw.toString());
            } else if (type == int.class) {
                return Optional.of(Integer.parseInt(text));
            } else if (type == long.class) {
                return Optional.of(Long.parseLong(text));
            } else if (type == double.class) {
                return Optional.of(Double.parseDouble(text));
            }
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * What a value of {@code type} looks like, for messages.
     *
     * @throws IllegalArgumentException when no configuration can give a value of this type
     */
    static String expected(Class<?> type) {
        if (type == int.class || type == long.class) {
            return "a whole number";
        } else if (type == double.class) {
            return "a number";
        } else if (type == boolean.class) {
            return "true or false";
        } else if (type == String.class || type == String[].class) {
            return "one value";
        }
        throw new IllegalArgumentException("A setting of type " + type.getName() + " cannot be configured");
    }

    static String show(Object value) {
        if (value instanceof Object[] a) {
            return Arrays.toString(a);
        }
        return value instanceof Collection<?> c ? c.toString() : String.valueOf(value);
    }

    /** A list from a file is one comma-separated string; from Configuration Admin an array or a collection. */
    private static String[] strings(Object raw) {
        if (raw instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toArray(String[]::new);
        }
        if (raw instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toArray(String[]::new);
        }
        return Arrays.stream(raw.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
