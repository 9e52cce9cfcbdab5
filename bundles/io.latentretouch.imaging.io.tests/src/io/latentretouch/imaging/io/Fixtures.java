package io.latentretouch.imaging.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Random;

import org.osgi.framework.FrameworkUtil;

import io.latentretouch.imaging.PlanarImage;

/** The committed fixture files, copied out of the test bundle, and generated images. */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String name, Path dir) throws IOException {
        return copy("fixtures", name, dir);
    }

    /** A file of one of this bundle's folders ({@code fixtures}, {@code corpus}), copied into {@code dir}. */
    static Path copy(String folder, String name, Path dir) throws IOException {
        // the files live in this fragment: getEntry on the host would not see them, findEntries does
        Enumeration<URL> found = FrameworkUtil.getBundle(Fixtures.class).findEntries(folder, name, false);
        URL url = found != null && found.hasMoreElements() ? found.nextElement() : null;
        if (url == null) {
            throw new IOException("no " + folder + " file " + name);
        }
        Path file = dir.resolve(name);
        try (InputStream in = url.openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    /** Random values on the 16-bit grid, so a 16-bit round trip must return them exactly. */
    static PlanarImage random16(int w, int h, long seed) {
        Random r = new Random(seed);
        PlanarImage img = PlanarImage.create(w, h, 3);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                img.plane(c)[i] = r.nextInt(65536) / 65535f;
            }
        }
        return img;
    }

    /** A smooth gradient: what a JPEG keeps well. */
    static PlanarImage gradient(int w, int h) {
        PlanarImage img = PlanarImage.create(w, h, 3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.set(0, x, y, 0.2f + 0.6f * x / w);
                img.set(1, x, y, 0.3f + 0.4f * y / h);
                img.set(2, x, y, 0.5f);
            }
        }
        return img;
    }
}
