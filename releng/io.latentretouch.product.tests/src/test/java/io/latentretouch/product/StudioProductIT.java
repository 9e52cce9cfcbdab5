package io.latentretouch.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full workbench as a retoucher or librarian downloads it and the README starts it: without any install, every
 * perspective opens, the Library shows the catalog beside the folders, the Latent Retouch perspective its panels.
 */
class StudioProductIT {

    private static final Path STUDIO = Path.of(System.getProperty("lr.studio.dir"));

    @TempDir
    Path work;

    @Test
    void everyPerspectiveOpensWithItsViewsAndTheLibraryShowsTheCatalog() throws Exception {
        Path product = work.resolve("latent-retouch");
        ProductRun.copy(STUDIO, product);
        // a home of its own: the default catalog lives in the user's Pictures folder
        ProductRun run = ProductRun.of(product, Map.of("LR_JAVA_OPTS", "-Duser.home=" + work.resolve("home")),
                List.of(product.resolve("latent-retouch").toString(), "-data", work.resolve("workspace").toString(), "-verify"));

        assertEquals(0, run.code(), run.output());
        assertTrue(run.output().contains("2 of 2 Latent Retouch perspectives opened"), run.output());
        String library = ProductRun.line(run.output(), "perspective io.latentretouch.workbench.ui.library ");
        assertTrue(library.contains("opened, views "), library);
        for (String view : List.of("io.latentretouch.catalog.ui.library", "io.latentretouch.workbench.ui.assets", "io.latentretouch.workbench.ui.folders")) {
            assertTrue(library.contains(view), view + " missing: " + library);
        }
        String retouch = ProductRun.line(run.output(), "perspective io.latentretouch.retouch.ui.perspective ");
        assertTrue(retouch.contains("opened, views io.latentretouch.retouch.ui."), retouch);
    }
}
