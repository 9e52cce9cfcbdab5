package io.latentretouch.diffusion;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;

import org.osgi.framework.FrameworkUtil;

/** The committed fixture files of this fragment, copied out into a folder. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Every file of the fixture folder {@code name} copied into {@code dir}; returns {@code dir}. */
    public static Path folder(String name, Path dir) throws IOException {
        // the files live in this fragment: getEntry on the host would not see them, findEntries does
        Enumeration<URL> found = FrameworkUtil.getBundle(Fixtures.class).findEntries("fixtures/" + name, "*", false);
        if (found == null) {
            throw new IOException("no fixture folder " + name);
        }
        while (found.hasMoreElements()) {
            URL url = found.nextElement();
            String file = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Files.copy(in, dir.resolve(file));
            }
        }
        return dir;
    }
}
