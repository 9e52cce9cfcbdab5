package io.latentretouch.retouch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.color.StandardProfile;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.ImageFiles;
import io.latentretouch.imaging.io.ImageIoException;
import io.latentretouch.imaging.io.OutputFormat;
import io.latentretouch.imaging.io.WriteOptions;
import io.latentretouch.imaging.synthetic.Blemish;
import io.latentretouch.imaging.synthetic.SkinSample;
import io.latentretouch.imaging.synthetic.SyntheticFabric;
import io.latentretouch.imaging.synthetic.SyntheticSkin;

/**
 * A small sample shoot of our own test images with known truth: portraits of four skin tones with blemishes at known
 * places (JPEG, one in Adobe RGB), and two garments with folds (16-bit PNG and TIFF).
 */
public final class SampleShoot {

    /**
     * One image of the shoot.
     *
     * @param blemishes the planted blemishes (none for garments)
     */
    public record Frame(Path file, boolean portrait, List<Blemish> blemishes) {
    }

    private static final String[] TONES = {"light", "medium", "tan", "deep"};

    private SampleShoot() {
    }

    /** Writes the shoot into {@code folder} (created when missing); existing files are replaced. */
    public static List<Frame> write(Path folder, int size) throws ImageIoException {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new ImageIoException(ImageIoException.Kind.NOT_WRITABLE, folder, "cannot be created: " + e.getMessage(), e);
        }
        List<Frame> frames = new ArrayList<>();
        for (int t = 0; t < TONES.length; t++) {
            SkinSample s = SyntheticSkin.portrait(size, SyntheticSkin.TONES[t], 10, 1000 + t);
            Path file = folder.resolve("portrait-" + TONES[t] + ".jpg");
            byte[] profile = t == 1 ? StandardProfile.ADOBE_RGB.iccBytes() : null;
            ImageFiles.write(new ImageDocument(s.image(), profile, 8, "jpeg", null), file, WriteOptions.of(OutputFormat.JPEG).replacing());
            frames.add(new Frame(file, true, s.blemishes()));
        }
        frames.add(garment(folder.resolve("garment-silk-dress.png"), size, new float[] {0.62f, 0.16f, 0.22f}, 7, OutputFormat.PNG));
        frames.add(garment(folder.resolve("garment-linen-shirt.tif"), size, new float[] {0.80f, 0.78f, 0.70f}, 8, OutputFormat.TIFF));
        return frames;
    }

    private static Frame garment(Path file, int size, float[] dye, long seed, OutputFormat format) throws ImageIoException {
        PlanarImage swatch = SyntheticFabric.swatch(size, size, dye, seed)[0];
        ImageFiles.write(new ImageDocument(swatch, null, 16, format.name().toLowerCase(), null), file, WriteOptions.of(format).replacing());
        return new Frame(file, false, List.of());
    }
}
