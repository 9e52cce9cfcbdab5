package io.latentretouch.retouch.ui.internal.editor;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.Region;
import io.latentretouch.retouch.SkinMap;
import io.latentretouch.retouch.ui.internal.Messages;

/**
 * Prepares the canvas's view in the background whenever what it shows changes (zoom, pan, resize, a new result or
 * mask), once the change has settled for a moment; a newer request makes an older one's result obsolete.
 */
final class ViewUpdates {

    private static final int SETTLE_MS = 120;

    private final ImageCanvas canvas;
    private final Runnable start = this::start;
    private Job running;
    private int generation;
    private PlanarImage requestedResult;
    private SkinMap requestedMap;

    private ViewUpdates(ImageCanvas canvas) {
        this.canvas = canvas;
    }

    /** Keeps the canvas's view up to date with its viewport and session, starting now. */
    static void attach(ImageCanvas canvas) {
        ViewUpdates updates = new ViewUpdates(canvas);
        canvas.addListener(SWT.Modify, e -> updates.request());
        canvas.session().addListener(updates::sessionChanged);
        updates.start();
    }

    private void sessionChanged() {
        EditSession s = canvas.session();
        if (s.result() != requestedResult || s.map() != requestedMap) {
            request();
        }
    }

    private void request() {
        canvas.getDisplay().timerExec(-1, start);
        canvas.getDisplay().timerExec(SETTLE_MS, start);
    }

    private void start() {
        if (canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        Region region = canvas.viewport().visible(area.width, area.height);
        if (region.isEmpty()) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        int[] size = canvas.viewport().displaySize(region);
        EditSession s = canvas.session();
        requestedResult = s.result();
        requestedMap = s.map();
        PlanarImage result = requestedResult;
        SkinMap map = requestedMap;
        int ticket = ++generation;
        running = Background.quietly(Messages.jobView, canvas.getDisplay(),
                m -> SessionWork.view(s, result, map, region, size[0], size[1], m),
                v -> {
                    if (ticket == generation && !canvas.isDisposed()) {
                        canvas.setView(v);
                    }
                }, canvas::showMessage);
    }
}
