package io.latentretouch.settings.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.latentretouch.settings.Settings;

/** Configurations from files (strings) and from Configuration Admin (typed values) read into settings types. */
class SettingsReaderTest {

    @interface Engine {
        int threads() default 0;

        long budget() default 1024;

        double scale() default 1.5;

        boolean spinning() default false;

        String provider() default "auto";

        String[] folders() default {};
    }

    @interface Unsupported {
        float ratio() default 1f;
    }

    @Test
    void withoutConfigurationEveryKeyHasItsDefaultAndNothingIsReported() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("component.name", "x", "component.id", 3L));
        Engine e = c.settings();
        assertEquals(List.of(0, 1024L, 1.5, false, "auto"), List.of(e.threads(), e.budget(), e.scale(), e.spinning(), e.provider()));
        assertArrayEquals(new String[0], e.folders());
        assertEquals(List.of(), c.problems());
        assertEquals(Map.of(), c.given());
        assertEquals("the defaults", c.source());
        assertEquals(Engine.class, e.annotationType());
    }

    @Test
    void stringsOfAFileAreConvertedToEachKeysType() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("threads", " 1 ", "budget", "4096", "scale", "0.25",
                "spinning", "TRUE", "provider", "cuda", "folders", "/models/a, /models/b,", Settings.SOURCE, "/etc/lr/engine.cfg"));
        Engine e = c.settings();
        assertEquals(List.of(1, 4096L, 0.25, true, "cuda"), List.of(e.threads(), e.budget(), e.scale(), e.spinning(), e.provider()));
        assertArrayEquals(new String[] {"/models/a", "/models/b"}, e.folders());
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("budget", "folders", "provider", "scale", "spinning", "threads"), List.copyOf(c.given().keySet()));
        assertEquals("/etc/lr/engine.cfg", c.source());
    }

    @Test
    void typedValuesOfConfigurationAdminAreTakenAsTheyAre() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("threads", 2, "budget", 7, "spinning", true,
                "folders", List.of("/m"), "service.pid", "io.latentretouch.engine"));
        assertEquals(2, c.settings().threads());
        assertEquals(7L, c.settings().budget());
        assertTrue(c.settings().spinning());
        assertArrayEquals(new String[] {"/m"}, c.settings().folders());
        assertEquals("configuration io.latentretouch.engine", c.source());
    }

    @Test
    void aMisspeltKeyIsNamedWithTheKeysThereAre() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("thread", "1", "felix.fileinstall.filename", "x"));
        assertEquals(0, c.settings().threads());
        assertEquals(List.of("unknown key 'thread', ignored; the keys are [budget, folders, provider, scale, spinning, threads]"),
                c.problems());
    }

    @Test
    void aMalformedValueKeepsTheDefaultAndSaysWhatWasExpected() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("threads", "lots", "spinning", "yes", "budget", 2.5, "scale", "1"));
        assertEquals(0, c.settings().threads());
        assertEquals(false, c.settings().spinning());
        assertEquals(1024L, c.settings().budget());
        assertEquals(1.0, c.settings().scale());
        assertEquals(3, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().contains("'threads' = 'lots' is not a whole number; the default 0 is kept"), c.problems().toString());
        assertTrue(c.problems().contains("'spinning' = 'yes' is not true or false; the default false is kept"), c.problems().toString());
        assertTrue(c.problems().contains("'budget' = '2.5' is not a whole number; the default 1024 is kept"), c.problems().toString());
        assertEquals(Map.of("scale", 1.0), c.given());
    }

    @Test
    void aListWhereOneValueBelongsIsRefused() {
        Configured<Engine> c = SettingsReader.read(Engine.class, Map.of("provider", new String[] {"cpu", "cuda"}));
        assertEquals("auto", c.settings().provider());
        assertEquals(List.of("'provider' = '[cpu, cuda]' is not one value; the default auto is kept"), c.problems());
    }

    @Test
    void aSettingsTypeNoConfigurationCanFillIsAProgrammingError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SettingsReader.read(Unsupported.class, Map.of()));
        assertTrue(e.getMessage().contains("float"), e.getMessage());
    }

    @Test
    void arraysAreHandedOutAsCopies() {
        Engine e = SettingsReader.read(Engine.class, Map.of("folders", "/a")).settings();
        e.folders()[0] = "/changed";
        assertEquals("/a", e.folders()[0]);
    }
}
