package io.latentretouch.catalog.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;

import io.latentretouch.assets.Asset;
import io.latentretouch.assets.Catalog;
import io.latentretouch.assets.CatalogException;
import io.latentretouch.assets.Cell;
import io.latentretouch.assets.FileFacts;
import io.latentretouch.assets.Root;
import io.latentretouch.assets.Stack;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.metadata.DigitalSourceType;
import io.latentretouch.imaging.io.metadata.ModelUse;
import io.latentretouch.imaging.io.metadata.ProvenanceXmp;
import io.latentretouch.imaging.io.metadata.Sidecars;
import io.latentretouch.imaging.io.metadata.XmpPackets;

/**
 * What the metadata view shows of one cell's asset: the catalog's facts (file, size, date taken, rating, label,
 * keywords, stack), then what its file's XMP (embedded, with the sidecars over it) discloses (the IPTC digital source
 * type, the AI marking, the market labels) and records of how it was made (recipe, seed, models, source). Read off the
 * UI thread.
 *
 * @param made how the asset was made, when its XMP records it (a variant); null for an original
 */
record AssetDetails(Cell cell, ProvenanceXmp.Regeneration made, List<Row> rows) {

    /** One line of the view: a field of a group and its value. */
    record Row(String group, String field, String value) {
    }

    /** How the view writes when a photo was taken: in the user's locale, to the second, as the camera's clock had it. */
    static final DateTimeFormatter TAKEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    AssetDetails {
        rows = List.copyOf(rows);
    }

    static AssetDetails read(Catalog catalog, Cell cell) throws CatalogException {
        Asset asset = cell.pick();
        FileFacts facts = cell.file().facts();
        Path file = catalog.root(cell.file().rootId()).map(Root::folder).map(f -> f.resolve(cell.file().path())).orElse(null);
        Stack stack = catalog.stackOf(asset.id());
        List<Row> rows = new ArrayList<>();
        String about = Messages.detailsAsset;
        rows.add(new Row(about, Messages.detailsName, asset.name()));
        rows.add(new Row(about, Messages.detailsKind, asset.kind() == Asset.Kind.ORIGINAL ? Messages.detailsOriginal : Messages.detailsVariant));
        rows.add(new Row(about, Messages.detailsFile, file == null ? cell.file().path() : file.toString()));
        rows.add(new Row(about, Messages.detailsFormat, facts.format() + (facts.width() > 0 ? ", " + facts.width() + " × " + facts.height() : "")));
        rows.add(new Row(about, Messages.detailsBytes, String.format(Locale.ROOT, "%,d", facts.size())));
        rows.add(new Row(about, Messages.detailsTaken, catalog.captured(asset.id()).map(TAKEN::format).orElse(Messages.detailsNone)));
        rows.add(new Row(about, Messages.detailsRating, asset.rating() < 0 ? Messages.gridRejected : "★".repeat(asset.rating())));
        rows.add(new Row(about, Messages.detailsLabel, Messages.labelName(asset.label())));
        rows.add(new Row(about, Messages.detailsKeywords, String.join(", ", catalog.keywords(asset.id()))));
        rows.add(new Row(about, Messages.detailsStack, NLS.bind(Messages.detailsStackValue, new Object[] {stack.members().size(),
                stack.members().indexOf(asset.id()) + 1, stack.pick() == asset.id() ? Messages.detailsPicked : ""})));
        rows.add(new Row(about, Messages.detailsSha, facts.sha256()));
        ProvenanceXmp.Regeneration made = null;
        if (file == null || !Files.isRegularFile(file)) {
            rows.add(new Row(Messages.detailsDisclosure, Messages.detailsMetadata, Messages.gridOffline));
        } else {
            made = xmp(file, asset, rows);
        }
        return new AssetDetails(cell, made, rows);
    }

    /** Adds the disclosure and provenance rows of the file's XMP; returns how it was made, when recorded. */
    private static ProvenanceXmp.Regeneration xmp(Path file, Asset asset, List<Row> rows) {
        String disclosure = Messages.detailsDisclosure;
        try {
            XMPMeta xmp = Sidecars.readWithEmbedded(file);
            DigitalSourceType type = ProvenanceXmp.sourceType(xmp);
            rows.add(new Row(disclosure, Messages.detailsSourceType, type == null ? Messages.detailsNone : type.code()));
            rows.add(new Row(disclosure, Messages.detailsAiMarking, bool(xmp.getPropertyBoolean(XmpPackets.LR, "AIMarking"), asset.ai())));
            rows.add(new Row(disclosure, Messages.detailsLabels, items(xmp, "DisclosureLabels")));
            rows.add(new Row(disclosure, Messages.detailsMarkets, items(xmp, "DisclosureMarkets")));
            if (xmp.getPropertyString(XmpPackets.LR, "Recipe") == null) {
                return null;
            }
            ProvenanceXmp.Regeneration made = ProvenanceXmp.regeneration(xmp);
            String provenance = Messages.detailsProvenance;
            rows.add(new Row(provenance, Messages.detailsRecipe, made.recipeName()));
            rows.add(new Row(provenance, Messages.detailsSeed, Long.toString(made.seed())));
            rows.add(new Row(provenance, Messages.detailsSourceSha, made.sourceSha256()));
            for (ModelUse m : made.models()) {
                rows.add(new Row(provenance, Messages.detailsModel, m.id() + " " + m.version() + "  " + m.sha256()));
            }
            rows.add(new Row(provenance, Messages.detailsSource, Optional.ofNullable(xmp.getPropertyString(XmpPackets.LR, "SourceFile")).orElse("")));
            return made;
        } catch (ImageIoException | XMPException e) {
            rows.add(new Row(disclosure, Messages.detailsMetadata, NLS.bind(Messages.detailsUnreadable, e.getMessage())));
            return null;
        }
    }

    private static String bool(Boolean recorded, boolean catalogued) {
        boolean ai = recorded != null ? recorded : catalogued;
        return ai ? Messages.detailsYes : Messages.detailsNo;
    }

    private static String items(XMPMeta xmp, String array) throws XMPException {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= xmp.countArrayItems(XmpPackets.LR, array); i++) {
            values.add(xmp.getArrayItem(XmpPackets.LR, array, i).getValue());
        }
        return String.join(", ", values);
    }
}
