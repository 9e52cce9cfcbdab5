package io.latentretouch.inference.models.internal.defaults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every model file the bundle ships passes the reference ONNX checker (python3-onnx, full check with shape inference)
 * at opset 17 or less and IR 8. CI installs python3-onnx; elsewhere the test is skipped when it is missing, never in CI.
 */
class OnnxCheckerTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    @Test
    void everyDefaultModelIsValidOnnx() throws Exception {
        assumeTrue(System.getenv("CI") != null || checkerAvailable(), "python3-onnx is not installed");
        List<String> command = new ArrayList<>(List.of(PYTHON, "-c",
                "import onnx, sys\nfor p in sys.argv[1:]:\n    m = onnx.load(p)\n    onnx.checker.check_model(m, full_check=True)\n"
                        + "    assert m.opset_import[0].version <= 17 and m.ir_version == 8, p\n    print('ok', p)"));
        Bundle bundle = FrameworkUtil.getBundle(DefaultModels.class);
        List<URL> shipped = Collections.list(bundle.findEntries("models", "*.onnx", false));
        assertEquals(DefaultModels.all().size(), shipped.size(), "every default model ships: " + shipped);
        for (URL url : shipped) {
            Path file = dir.resolve(url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
            try (InputStream in = url.openStream()) {
                Files.copy(in, file);
            }
            command.add(file.toString());
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(shipped.size(), out.lines().filter(l -> l.startsWith("ok ")).count(), out);
    }

    private static boolean checkerAvailable() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON, "-c", "import onnx").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
