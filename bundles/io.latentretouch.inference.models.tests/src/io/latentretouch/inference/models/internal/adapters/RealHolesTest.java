package io.latentretouch.inference.models.internal.adapters;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.ModelRegistry;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.DefaultModelIds;
import io.latentretouch.inference.models.Inpainter;
import io.latentretouch.inference.models.ModelAdapters;
import io.latentretouch.inference.models.internal.defaults.InpaintAnchors;
import io.latentretouch.inference.testing.Services;

/**
 * Issue 11: holes cut into real photographs, their truth kept, filled by the embedded default and by OpenCV's Telea and
 * Navier-Stokes (radius 5) on the same holes. On every kind of hole the default's low-pass error is at most 1.1 × the
 * better anchor's, its seam at most 1.2 × the better anchor's, and its texture between 0.6 and 1.6 of the truth's.
 */
class RealHolesTest {

    @TempDir
    Path dir;

    /** A kind of hole in a photo. */
    record Hole(String name, String photo, Mask mask) {
    }

    static List<Hole> holes() {
        List<Hole> holes = new ArrayList<>();
        holes.add(new Hole("dots on skin", "astronaut.png", HoleShapes.dots(512, 512, 4, 225, 82, 205, 86, 196, 122, 258, 124, 228, 168)));
        holes.add(new Hole("blob on the backdrop", "astronaut.png", HoleShapes.ellipse(512, 512, 330, 112, 20, 16)));
        holes.add(new Hole("square on the suit", "astronaut.png", HoleShapes.rectangle(512, 512, 50, 390, 40, 40)));
        holes.add(new Hole("curve across hair and backdrop", "astronaut.png", HoleShapes.curve(512, 512, 120, 340, 34, 10, 15, 1.5)));
        holes.add(new Hole("square in fur", "baboon.jpg", HoleShapes.rectangle(512, 512, 300, 300, 48, 48)));
        return holes;
    }

    @Test
    void theDefaultFillsRealHolesAtLeastAsWellAsTheSmoothAnchorsWithTheirTexture() throws Exception {
        Inpainter fill = Services.await(ModelAdapters.class).inpainter(Services.await(ModelRegistry.class).require(DefaultModelIds.INPAINT_FILL));
        List<Executable> checks = new ArrayList<>();
        for (Hole hole : holes()) {
            PlanarImage truth = RealWorld.read(hole.photo());
            HoleMeasures ours = HoleMeasures.of(fill.inpaint(truth, hole.mask(), 7, RunMonitor.NONE), truth, hole.mask());
            HoleMeasures telea = HoleMeasures.of(InpaintAnchors.telea(truth, hole.mask(), 5, dir).image(), truth, hole.mask());
            HoleMeasures ns = HoleMeasures.of(InpaintAnchors.navierStokes(truth, hole.mask(), 5, dir).image(), truth, hole.mask());
            System.out.printf("%-32s ours  %s%n%-32s Telea %s%n%-32s NS    %s%n", hole.name(), ours, "", telea, "", ns);
            double low = Math.min(telea.lowPass(), ns.lowPass());
            double seam = Math.min(telea.seam(), ns.seam());
            checks.add(check(() -> ours.lowPass() <= 1.1 * low, () -> hole.name() + ": low-pass " + ours.lowPass() + " against the anchors' " + low));
            checks.add(check(() -> ours.seam() <= 1.2 * seam, () -> hole.name() + ": seam " + ours.seam() + " against the anchors' " + seam));
            checks.add(check(() -> ours.texture() >= 0.6 && ours.texture() <= 1.6, () -> hole.name() + ": texture ratio " + ours.texture()));
        }
        assertAll(checks);
    }

    private static Executable check(Supplier<Boolean> ok, Supplier<String> why) {
        return () -> assertTrue(ok.get(), why);
    }
}
