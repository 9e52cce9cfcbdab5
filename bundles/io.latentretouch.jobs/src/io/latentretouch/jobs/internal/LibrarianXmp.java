package io.latentretouch.jobs.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Label;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.Sidecars;

/**
 * What other tools recorded of a librarian's work on a file, taken into the catalog when it is imported: the rating
 * ({@code xmp:Rating}, -1 for rejected as Lightroom writes it), the colour label ({@code xmp:Label}) and the keywords
 * ({@code dc:subject}), from the file's embedded XMP with its sidecars over it (darktable, digiKam, Lightroom).
 */
final class LibrarianXmp {

    private LibrarianXmp() {
    }

    /** Records the file's rating, label and keywords on the asset; a sidecar that is not XMP is passed over. */
    static void apply(Catalog catalog, long assetId, Path file) throws CatalogException {
        XMPMeta xmp;
        try {
            xmp = Sidecars.readWithEmbedded(file);
        } catch (ImageIoException e) {
            return;
        }
        try {
            Integer rating = xmp.getPropertyInteger(XMPConst.NS_XMP, "Rating");
            if (rating != null && rating >= -1 && rating <= 5) {
                catalog.rate(assetId, rating);
            }
            String label = xmp.getPropertyString(XMPConst.NS_XMP, "Label");
            if (label != null) {
                for (Label l : Label.values()) {
                    if (l != Label.NONE && l.name().equals(label.strip().toUpperCase(Locale.ROOT))) {
                        catalog.label(assetId, l);
                    }
                }
            }
            Set<String> keywords = new TreeSet<>();
            for (int i = 1; i <= xmp.countArrayItems(XMPConst.NS_DC, "subject"); i++) {
                keywords.add(xmp.getArrayItem(XMPConst.NS_DC, "subject", i).getValue());
            }
            if (!keywords.isEmpty()) {
                catalog.keywords(assetId, keywords);
            }
        } catch (XMPException e) {
            // a property of the wrong type (a rating that is no number) says nothing we can record
        }
    }
}
