package io.latentretouch.batch.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.imaging.synthetic.Measures;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.SampleShoot;
import io.latentretouch.retouch.Step;

/**
 * The main job on the sample shoot: the variants of every frame, then what the retouching did against the known
 * truth (planted blemishes' contrast removed, detail energy per level), and a contact sheet.
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
        for (SampleShoot.Frame frame : frames) {
            List<Path> row = new ArrayList<>(List.of(frame.file()));
            for (RetouchJob.Outcome o : job.run(frame.file(), recipes)) {
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
     * Blemish contrast removed by the first recipe and by level 1 alone, and detail energy of the skin at levels 1 to
     * 5, per portrait.
     */
    private void truth(List<SampleShoot.Frame> frames, List<RetouchJob.Outcome> portraits) {
        out.printf("%-28s %9s %9s %9s   %s%n", "portrait", "planted", "removed", "level 1", "skin detail energy ×1e-5 at levels 1 2 3 4 5");
        Map<Path, SampleShoot.Frame> byFile = new java.util.HashMap<>();
        frames.forEach(f -> byFile.put(f.file(), f));
        for (RetouchJob.Outcome o : portraits) {
            List<Blemish> planted = byFile.get(o.file()).blemishes();
            PlanarImage[] atLevel = new PlanarImage[6];
            StringBuilder energies = new StringBuilder();
            for (int level = 1; level <= 5; level++) {
                atLevel[level] = at(o, level);
                energies.append(String.format(" %6.2f", atLevel[level] == null ? Double.NaN : 1e5 * Measures.detailEnergy(atLevel[level], o.skin())));
            }
            out.printf("%-28s %9d %8.0f %% %8.0f %%  %s%n", o.file().getFileName(), planted.size(), 100 * removed(planted, o.source().pixels(), o.result().image()),
                    100 * removed(planted, o.source().pixels(), atLevel[1]), energies);
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
            return retoucher.apply(o.source().pixels(), only, RetouchMasks.fromSkin(o.skin()), 1, RunMonitor.NONE).image();
        } catch (InferenceException e) {
            return null;
        }
    }
}
