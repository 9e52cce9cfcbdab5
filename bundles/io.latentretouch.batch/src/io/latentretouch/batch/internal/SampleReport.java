package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.retouch.FaceMeasures;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SampleShoot;
import io.latentretouch.retouch.Step;

/**
 * The main job on the sample shoot: the variants of every frame (the garments as flat lays, fabric everywhere), then
 * what the retouching did against the known truth (planted blemishes' contrast removed) and by the face measures
 * (feature detail and pore texture per level, {@link FaceMeasures}), and a contact sheet.
 */
final class SampleReport {

    private final Retoucher retoucher;
    private final PrintStream out;

    SampleReport(Retoucher retoucher, PrintStream out) {
        this.retoucher = retoucher;
        this.out = out;
    }

    int run(RetouchJob job, List<SampleShoot.Frame> frames, List<Recipe> recipes) throws ImageIoException {
        Report report = new Report(out);
        List<List<Path>> sheet = new ArrayList<>();
        int failed = 0;
        List<RetouchJob.Outcome> portraits = new ArrayList<>();
        RetouchJob.FabricRegion flatLay = image -> Mask.full(image.width(), image.height());
        for (SampleShoot.Frame frame : frames) {
            List<Path> row = new ArrayList<>(List.of(frame.file()));
            for (RetouchJob.Outcome o : frame.portrait() ? job.run(frame.file(), recipes) : job.run(frame.file(), recipes, flatLay)) {
                report.row(o);
                failed += o.error() == null ? 0 : 1;
                row.add(o.variant() == null ? frame.file() : o.variant());
                if (frame.portrait() && o.error() == null && o.recipe() == recipes.get(0)) {
                    portraits.add(o);
                }
            }
            sheet.add(row);
        }
        out.println();
        truth(frames, portraits);
        Path contact = RetouchCommand.SAMPLE.resolve("contact-sheet.png");
        List<String> captions = new ArrayList<>(List.of("original"));
        recipes.forEach(r -> captions.add(r.name()));
        ContactSheet.write(contact, sheet, captions);
        out.println("\ncontact sheet: " + contact.toAbsolutePath());
        return failed == 0 ? 0 : 1;
    }

    /**
     * Per portrait: the blemish contrast removed by the first recipe and by level 1 alone, and the face measures at
     * levels 1 to 5 (feature detail, worst box; pore texture).
     */
    private void truth(List<SampleShoot.Frame> frames, List<RetouchJob.Outcome> portraits) {
        out.printf("%-24s %7s %8s %8s   %s%n", "portrait", "planted", "removed", "level 1",
                "feature detail / pore texture at levels 1 2 3 4 5 (original = 1)");
        Map<Path, SampleShoot.Frame> byFile = new HashMap<>();
        frames.forEach(f -> byFile.put(f.file(), f));
        for (RetouchJob.Outcome o : portraits) {
            List<Blemish> planted = byFile.get(o.file()).blemishes();
            PlanarImage source = o.source().pixels();
            PlanarImage[] atLevel = new PlanarImage[6];
            StringBuilder measures = new StringBuilder();
            for (int level = 1; level <= 5; level++) {
                atLevel[level] = at(o, level);
                if (atLevel[level] == null || !o.skin().hasFaces()) {
                    measures.append("     –     ");
                } else {
                    FaceMeasures.Result r = FaceMeasures.of(source, atLevel[level], o.skin().faces().get(0));
                    measures.append(String.format(" %4.2f/%4.2f ", r.worstFeature(), r.pores()));
                }
            }
            out.printf("%-24s %7d %7.0f %% %7.0f %%  %s%s%n", o.file().getFileName(), planted.size(), 100 * removed(planted, source, o.result().image()),
                    100 * removed(planted, source, atLevel[1]), measures, o.skin().hasFaces() ? "" : "  (no face found)");
        }
    }

    /** The share of the planted blemishes' contrast that is gone; NaN when there is no result. */
    private static double removed(List<Blemish> planted, PlanarImage before, PlanarImage after) {
        if (after == null) {
            return Double.NaN;
        }
        double was = planted.stream().mapToDouble(b -> b.contrastIn(before)).sum();
        double is = planted.stream().mapToDouble(b -> b.contrastIn(after)).sum();
        return 1 - is / was;
    }

    /** The portrait with only the imperfection step at {@code level}, or null when the models fail. */
    private PlanarImage at(RetouchJob.Outcome o, int level) {
        try {
            Recipe only = new Recipe("level " + level, "", List.of(new Step.Imperfection(level)));
            return retoucher.apply(o.source().pixels(), only, RetouchMasks.of(o.skin()), 1, RunMonitor.NONE).image();
        } catch (InferenceException e) {
            return null;
        }
    }
}
