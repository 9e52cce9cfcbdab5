package io.latentretouch.jobs.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.Catalogs;
import io.latentretouch.batch.Command;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 12: the headless {@code regenerate} with a selection by query, on real photos: the stacks of four stars and up,
 * then those taken in February 2009 (the cat's photoshop:DateCreated), get a variant each and nothing else does; the
 * same selection again adds nothing; a selection that is no query is refused with what it wants, before anything runs.
 */
class SelectionTest {

    @TempDir
    Path dir;

    @Test
    void theOriginalsOfTheStacksThatPassTheQueryGetTheirVariants() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        for (String name : List.of("astronaut.png", "baboon.jpg", "chelsea.png")) {
            Files.copy(RealWorld.photo(name), shoot.resolve(name));
        }
        String url = "jdbc:sqlite:" + dir.resolve("catalog.db");
        try (Catalog catalog = Services.await(Catalogs.class).open(url)) {
            for (long id : FolderImport.run(catalog, shoot).originals()) {
                if (catalog.asset(id).orElseThrow().name().equals("baboon.jpg")) {
                    catalog.rate(id, 4);
                }
            }
        }
        String out = regenerate(0, "--catalog", url, "--min-rating", "4", "--seed", "3");
        assertTrue(out.contains("the selection (1 originals), seed 3: batch ") && out.contains(", 1 jobs submitted, 0 already there"), out);
        assertEquals(Map.of("baboon", 1), variants(shoot));

        regenerate(0, "--catalog", url, "--taken", "2009-02", "--seed", "3");
        assertEquals(Map.of("baboon", 1, "chelsea", 1), variants(shoot), "the cat was taken on 9 February 2009");
        out = regenerate(0, "--catalog", url, "--taken", "2009-02", "--seed", "3", shoot.toString());
        assertTrue(out.contains(shoot + ", seed 3: batch ") && out.contains(", 0 jobs submitted, 1 already there"), "within the folder, the same selection: " + out);
        assertEquals(Map.of("baboon", 1, "chelsea", 1), variants(shoot));

        assertTrue(regenerate(0, "--catalog", url, "--keyword", "nowhere").contains("the selection (0 originals): no original to regenerate"));
        assertTrue(regenerate(2, "--catalog", url, "--min-rating", "7").contains("--min-rating wants 0 to 5 stars, not 7"));
        assertTrue(regenerate(2, "--catalog", url, "--label", "teal").contains("--label wants one of [none, red, yellow, green, blue, purple], not teal"));
        assertTrue(regenerate(2, "--catalog", url, "--taken", "May 2024").contains("--taken wants a year (2024)"));
        assertEquals(Map.of("baboon", 1, "chelsea", 1), variants(shoot), "nothing ran");
    }

    /** Runs the headless command and checks its exit code. @return what it printed */
    private static String regenerate(int code, String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command("regenerate").run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(code, exit, out);
        return out;
    }

    /** The headless command of that name, waiting a while for it to be registered. */
    private static Command command(String name) throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        do {
            for (ServiceReference<Command> ref : Services.context().getServiceReferences(Command.class, null)) {
                Command c = Services.context().getService(ref);
                if (c != null && c.name().equals(name)) {
                    return c;
                }
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("no " + name + " command");
    }

    /** Each original's stem to how many variants its folder holds. */
    private static Map<String, Integer> variants(Path shoot) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        try (var folders = Files.list(shoot)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith(".variants")).toList()) {
                List<Path> images = new ArrayList<>();
                try (var files = Files.list(folder)) {
                    files.filter(f -> f.getFileName().toString().matches("[^.].*\\.(png|jpg)") && !f.getFileName().toString().contains("-labelled"))
                            .forEach(images::add);
                }
                if (!images.isEmpty()) {
                    counts.put(folder.getFileName().toString().replace(".variants", ""), images.size());
                }
            }
        }
        return counts;
    }
}
