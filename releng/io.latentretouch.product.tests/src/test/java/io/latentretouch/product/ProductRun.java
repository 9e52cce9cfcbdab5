package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the installed product's commands and keeps what they printed. */
record ProductRun(int code, String output) {

    /** Runs {@code command} in {@code dir}; an environment entry with a null value removes that variable. */
    static ProductRun of(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        env.forEach((name, value) -> {
            if (value == null) {
                pb.environment().remove(name);
            } else {
                pb.environment().put(name, value);
            }
        });
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "did not finish: " + command);
        return new ProductRun(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Runs the p2 director of the installed product on its profile with these arguments (-repository, -installIU…). */
    static ProductRun director(Path product, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                plugins(product, "org.eclipse.equinox.launcher_").get(0).toString(), "-nosplash", "-application", "org.eclipse.equinox.p2.director",
                "-profile", "DefaultProfile"));
        command.addAll(List.of(args));
        return of(product, Map.of(), command);
    }

    /** The first line of {@code output} holding {@code containing}, or a line saying there is none, with the output. */
    static String line(String output, String containing) {
        return output.lines().filter(l -> l.contains(containing)).findFirst().orElse("no line with " + containing + " in:\n" + output);
    }

    /** The installed product's plug-in jars whose names start so. */
    static List<Path> plugins(Path product, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(product.resolve("plugins"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** Copies a product folder, keeping file modes (the launcher scripts must stay executable). */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path src : files.toList()) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
