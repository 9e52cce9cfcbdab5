package io.latentretouch.retouch.ui.internal.panel;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;

import io.latentretouch.inference.models.FacePart;
import io.latentretouch.inference.models.FillOptions;
import io.latentretouch.retouch.RegionFill;
import io.latentretouch.retouch.Retouched;
import io.latentretouch.retouch.ui.internal.Messages;
import io.latentretouch.retouch.ui.internal.Services;
import io.latentretouch.retouch.ui.internal.editor.FillCommands;
import jakarta.annotation.PostConstruct;

/** The Inpainting panel: binds its controls to the fill masks and candidates of the current canvas. */
public final class InpaintingPanel implements FillControls.Actions {

    private FillControls controls;
    private CanvasBinding canvas;
    private Composite parent;
    private List<Retouched> thumbnailed;

    @PostConstruct
    void create(Composite parent, IWorkbenchPage page) {
        this.parent = parent;
        RegionFill fill = Services.get(RegionFill.class);
        controls = new FillControls(parent, fill.engines(), fill.parsers(), this);
        canvas = new CanvasBinding(() -> {
            controls.show(canvas.session(), this::thumbnails);
            if (canvas.session() != null) {
                controls.showBrush(commands().brushSettings());
            }
        });
        canvas.track(page, parent);
    }

    /** New thumbnails when the candidates are new. */
    private void thumbnails(Button[] buttons) {
        List<Retouched> candidates = canvas.session().fills().candidates();
        if (candidates == thumbnailed) {
            return;
        }
        thumbnailed = candidates;
        for (int k = 0; k < buttons.length; k++) {
            FillControls.setImage(buttons[k], k < candidates.size() ? commands().thumbnail(k, parent.getDisplay()) : null);
        }
    }

    private FillCommands commands() {
        return canvas.editor().fillCommands();
    }

    @Override
    public void tool(FillCommands.Tool tool) {
        commands().use(tool);
    }

    @Override
    public void change(MaskChanges.Change change, int pixels) {
        commands().change(m -> change.apply(m, pixels), change.label());
    }

    @Override
    public void brush(int radius, int hardness, int opacity) {
        commands().setBrushSize(radius);
        commands().setHardness(hardness / 100.0);
        commands().setOpacity(opacity / 100.0);
    }

    @Override
    public void tolerance(double fraction) {
        commands().setTolerance(fraction);
    }

    @Override
    public void fromSkin() {
        commands().fromSkin(Messages.fillFromSkin);
    }

    @Override
    public void fromPart(FacePart part) {
        commands().fromPart(part);
    }

    @Override
    public void flyaways(double strength) {
        commands().flyaways(strength);
    }

    @Override
    public void importMask() {
        String file = new FileDialog(parent.getShell(), SWT.OPEN).open();
        if (file != null) {
            commands().importMask(Path.of(file), w -> MessageDialog.openWarning(parent.getShell(), Messages.fillImport, w));
        }
    }

    @Override
    public void exportMask() {
        FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*.png"});
        String file = dialog.open();
        if (file != null) {
            commands().exportMask(Path.of(file), p -> { });
        }
    }

    @Override
    public void fill(String engine, FillOptions options) {
        commands().fill(engine, options, FillControls.CANDIDATES);
    }

    @Override
    public void apply() {
        commands().applyPicked();
    }

    @Override
    public void save() {
        canvas.editor().saveVariant();
    }

    @Focus
    void focus() {
        if (canvas.session() != null) {
            canvas.session().fills().setEditing(true);
        }
        controls.fillButton().setFocus();
    }

    /** The controls, for tests. */
    FillControls controls() {
        return controls;
    }
}
