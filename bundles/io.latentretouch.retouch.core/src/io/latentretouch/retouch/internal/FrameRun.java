package io.latentretouch.retouch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.latentretouch.diffusion.DiffusionException;
import io.latentretouch.diffusion.DiffusionModel;
import io.latentretouch.diffusion.Generation;
import io.latentretouch.diffusion.GenerationMonitor;
import io.latentretouch.diffusion.Generator;
import io.latentretouch.diffusion.Generators;
import io.latentretouch.diffusion.Lighting;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Resample;
import io.latentretouch.imaging.io.metadata.Edit;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceService;
import io.latentretouch.inference.ModelDescriptor;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.inference.models.Face;
import io.latentretouch.retouch.Frame;
import io.latentretouch.retouch.FrameRequest;
import io.latentretouch.retouch.GenerationSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.RetouchMasks;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.Retoucher;
import io.latentretouch.retouch.Step;

/** One frame: generated, relit by the adapter when there is one, finished by the recipe's steps. */
final class FrameRun {

    private final FrameRequest request;
    private final GenerationSettings settings;
    private final DiffusionModel model;
    private final DiffusionModel lighting;
    private final InferenceService service;
    private final Retoucher retoucher;
    private final GenerationMonitor monitor;
    private final List<String> notes = new ArrayList<>();
    private final List<Edit> edits = new ArrayList<>();
    private final List<ModelUse> models = new ArrayList<>();

    /** @param lighting the lighting adapter, or null for the recipe's analytic lighting step */
    FrameRun(FrameRequest request, DiffusionModel model, DiffusionModel lighting, InferenceService service, Retoucher retoucher,
            GenerationMonitor monitor) {
        this.request = request;
        this.settings = request.recipe().generation();
        this.model = model;
        this.lighting = lighting;
        this.service = service;
        this.retoucher = retoucher;
        this.monitor = monitor;
    }

    Frame run() throws DiffusionException, InferenceException {
        String prompt = settings.prompt(request.words());
        checkLength(prompt);
        PlanarImage frame = generate(prompt);
        List<Step> steps = request.recipe().steps();
        if (lighting != null) {
            frame = relight(frame, prompt, steps);
            steps = steps.stream().filter(s -> !(s instanceof Step.Lighting)).toList();
        } else if (steps.stream().anyMatch(s -> s instanceof Step.Lighting l && (l.glow() > 0 || l.key() > 0))) {
            notes.add("Lighting: the embedded analytic lighting step (no lighting adapter is chosen)");
        }
        Retouched finished = finish(frame, request.recipe().withSteps(steps));
        edits.addAll(finished.edits());
        models.addAll(finished.models());
        notes.addAll(finished.notes());
        Recipe ran = request.recipe().withGeneration(settings.withModel(model.id()).withSeed(settings.seeds(), request.seed()));
        return new Frame(new Retouched(finished.image(), edits, models, finished.blemishes(), notes), prompt, request.seed(), ran);
    }

    private PlanarImage generate(String prompt) throws DiffusionException, InferenceException {
        PlanarImage init = request.init();
        int[] size = init == null ? size(settings.width(), settings.height()) : startSize(init);
        Generation g = new Generation(prompt, settings.negativePrompt(), settings.sampler(), settings.steps(), (float) settings.guidance(),
                request.seed(), size[0], size[1], init == null ? null : Resample.resize(init, size[0], size[1]),
                init == null ? 1 : request.strength(), null, List.of());
        PlanarImage frame = Memory.guard(model.unet(), size, () -> Generators.of(model, service).generate(g, monitor));
        String how = init == null ? "text to image" : String.format(Locale.ROOT, "image to image (strength %.2f)", request.strength());
        edits.add(new Edit(Edit.Kind.TRAINED_WHOLE, String.format(Locale.ROOT, "%s by %s: %s, %d steps, guidance %.1f, %d×%d",
                how, model.id(), settings.sampler().label(), settings.steps(), settings.guidance(), size[0], size[1])));
        uses(model, init != null);
        return frame;
    }

    private PlanarImage relight(PlanarImage frame, String prompt, List<Step> steps) throws DiffusionException, InferenceException {
        Generator relighter = Generators.of(lighting, service);
        double degrees = steps.stream().filter(s -> s instanceof Step.Lighting).mapToDouble(s -> ((Step.Lighting) s).direction())
                .findFirst().orElse(180);
        Lighting.Direction from = direction(degrees);
        PlanarImage background = relighter.conditions() == 2 ? frame : null;
        Generation g = Lighting.relight(prompt, settings.negativePrompt(), frame, background, from, settings.lightingStrength(),
                settings.sampler(), settings.steps(), (float) settings.guidance(), request.seed());
        PlanarImage lit = Memory.guard(lighting.unet(), new int[] {frame.width(), frame.height()}, () -> relighter.generate(g, monitor));
        edits.add(new Edit(Edit.Kind.TRAINED_WHOLE, String.format(Locale.ROOT, "relighting by %s: light from the %s, strength %.2f",
                lighting.id(), from.name().toLowerCase(Locale.ROOT), settings.lightingStrength())));
        uses(lighting, true);
        notes.add("Lighting: the lighting adapter " + lighting.id() + " (the recipe's analytic lighting step is left out)");
        return lit;
    }

    /** The recipe's steps on the frame, at the scale of its faces. */
    private Retouched finish(PlanarImage frame, Recipe recipe) throws InferenceException {
        RunMonitor run = monitor::isCancelled;
        List<Face> faces = retoucher.faces(frame, run);
        return retoucher.apply(frame, recipe, RetouchMasks.of(retoucher.skinMap(frame, faces, run)), request.seed(), run);
    }

    private void uses(DiffusionModel m, boolean encoder) {
        for (ModelDescriptor d : encoder && m.vaeEncoder() != null ? List.of(m.textEncoder(), m.unet(), m.vaeDecoder(), m.vaeEncoder())
                : List.of(m.textEncoder(), m.unet(), m.vaeDecoder())) {
            models.add(new ModelUse(d.id(), d.version(), d.sha256()));
        }
    }

    private void checkLength(String prompt) {
        int tokens = model.tokenizer().tokens(prompt);
        int room = model.tokenizer().length() - 2;
        if (tokens > room) {
            notes.add("The prompt has " + tokens + " tokens; the model reads the first " + room + " and the rest is left out");
        }
    }

    /** The sides rounded to multiples of 8, as the VAE needs, said when they change. */
    private int[] size(int width, int height) {
        int w = Math.max(8, Math.round(width / 8f) * 8);
        int h = Math.max(8, Math.round(height / 8f) * 8);
        if (w != width || h != height) {
            notes.add("The size " + width + "×" + height + " was rounded to " + w + "×" + h + " (the model works in blocks of 8 pixels)");
        }
        return new int[] {w, h};
    }

    /** The start image's size, fitted within the recipe's longest side. */
    private int[] startSize(PlanarImage init) {
        double scale = Math.min(1, Math.max(settings.width(), settings.height()) / (double) Math.max(init.width(), init.height()));
        int w = (int) Math.round(init.width() * scale);
        int h = (int) Math.round(init.height() * scale);
        if (scale < 1) {
            notes.add("The start image, " + init.width() + "×" + init.height() + ", was scaled to " + w + "×" + h + " to generate");
        }
        return size(w, h);
    }

    static Lighting.Direction direction(double degrees) {
        return switch ((int) Math.floorMod(Math.round(degrees / 90), 4L)) {
            case 0 -> Lighting.Direction.RIGHT;
            case 1 -> Lighting.Direction.TOP;
            case 2 -> Lighting.Direction.LEFT;
            default -> Lighting.Direction.BOTTOM;
        };
    }
}
