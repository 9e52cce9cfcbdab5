package io.latentretouch.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.inference.ModelRegistry;

/** {@code models}: list with where each model lives and its contract check, install a real model file, remove it. */
class ModelsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listInstallListRemove() throws Exception {
        Headless.Result list = Headless.run("models");
        assertEquals(0, list.code(), list.text());
        assertTrue(list.text().matches("(?s).*lr\\.skin-detail@1\\.0\\.0 +skin-detail +latent-retouch .* algorithmic .* shipped +passed.*"),
                list.text());

        ModelRegistry registry = Headless.registry();
        ByteBuffer bytes = registry.read(registry.require("lr.skin-detail"));
        byte[] model = new byte[bytes.remaining()];
        bytes.get(model);
        Path file = Files.write(dir.resolve("detail.onnx"), model);
        Headless.Result noFamily = Headless.run("models", "install", file.toString(), "--id", "studio.fill", "--licence", "Apache-2.0",
                "--source", "copy of the embedded skin detail", "--origin", "algorithmic");
        assertEquals(1, noFamily.code(), "our own layout is no public family: " + noFamily.text());
        assertTrue(noFamily.text().contains("fits none of the families"), noFamily.text());

        Headless.Result missing = Headless.run("models", "install", file.toString(), "--id", "studio.fill", "--licence", "MIT");
        assertEquals(2, missing.code(), missing.text());
        assertTrue(missing.text().contains("--origin trained|algorithmic is required"), missing.text());

        Headless.Result shipped = Headless.run("models", "remove", "lr.skin-detail");
        assertEquals(1, shipped.code(), shipped.text());
        assertTrue(shipped.text().contains("cannot be removed"), shipped.text());
    }

    @Test
    void aBlazeFaceFileInstallsAsAFaceDetectorAndIsRemoved() throws Exception {
        ModelRegistry registry = Headless.registry();
        ByteBuffer bytes = registry.read(registry.forTask(io.latentretouch.inference.Task.FACE_DETECTION).get(0));
        byte[] model = new byte[bytes.remaining()];
        bytes.get(model);
        Path file = Files.write(dir.resolve("face.onnx"), model);
        Headless.Result r = Headless.run("models", "install", file.toString(), "--id", "studio.face", "--licence", "Apache-2.0",
                "--source", "MediaPipe BlazeFace", "--origin", "trained", "--version", "2");
        assertEquals(0, r.code(), r.text());
        assertTrue(r.text().contains("installed studio.face@2: face-detection, trained (family blazeface)"), r.text());
        Headless.Result list = Headless.run("models", "list");
        assertTrue(list.text().matches("(?s).*studio\\.face@2 +face-detection +blazeface +Apache-2\\.0 +trained .* installed +passed.*"),
                list.text());
        Headless.Result removed = Headless.run("models", "remove", "studio.face");
        assertEquals(0, removed.code(), removed.text());
        assertTrue(registry.find("studio.face").isEmpty());
    }
}
