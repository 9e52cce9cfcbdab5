package io.latentretouch.imaging.io.internal;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.TiffImageMetadata;
import org.apache.commons.imaging.formats.tiff.constants.TiffEpTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffImageWriterLossless;
import org.apache.commons.imaging.formats.tiff.fieldtypes.AbstractFieldType;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputField;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageDocument;
import io.latentretouch.imaging.io.WriteOptions;

/**
 * Encodes a document into the bytes of a file. Pixels go through ImageIO with a colour model that says sRGB, so no
 * writer converts them; the source's own profile is then embedded byte for byte, with the metadata: APP segments and
 * Commons Imaging's lossless XMP rewrite for JPEG, chunks for PNG, Commons Imaging's lossless TIFF writer for TIFF.
 */
public final class Encoder {

    private Encoder() {
    }

    public static byte[] encode(ImageDocument doc, WriteOptions options) throws IOException, ImagingException {
        return switch (options.format()) {
            case JPEG -> jpeg(doc, options);
            case PNG -> PngChunks.rewrite(write(Codecs.jdkWriter("png"), new IIOImage(Rasters.image(doc.pixels(), 16, doc.alpha()), null, null), null),
                    doc.iccProfile(), options.xmp());
            case TIFF -> tiff(doc, options);
        };
    }

    /**
     * Baseline JPEG: with the source's own quantization tables and subsampling when the options name a JPEG source
     * whose tables fit, else at the options' quality; an image with alpha is flattened over white first.
     */
    private static byte[] jpeg(ImageDocument doc, WriteOptions options) throws IOException, ImagingException {
        ImageWriter writer = Codecs.jdkWriter("jpeg");
        JPEGImageWriteParam param = (JPEGImageWriteParam) writer.getDefaultWriteParam();
        PlanarImage pixels = doc.alpha() == null ? doc.pixels() : Rasters.flattened(doc.pixels(), doc.alpha(), WriteOptions.JPEG_MATTE);
        BufferedImage image = Rasters.image(pixels, 8, null);
        JpegTables tables = options.encodingOf() == null ? null : JpegTables.of(options.encodingOf().file());
        IIOMetadata metadata = null;
        if (tables == null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(options.jpegQuality());
        } else {
            metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            tables.applyTo(metadata);
            param.setOptimizeHuffmanTables(true);
        }
        WritableRaster samples = tables == null ? null : JpegReencoding.samples(doc.withPixels(pixels), options.encodingOf());
        byte[] jpeg = write(writer, samples == null ? new IIOImage(image, null, metadata) : new IIOImage(samples, null, metadata), param);
        if (doc.iccProfile() != null) {
            jpeg = JpegSegments.withIcc(jpeg, doc.iccProfile());
        }
        if (options.exif() != null) {
            jpeg = JpegSegments.withExif(jpeg, options.exif());
        }
        if (options.xmp() != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + options.xmp().length() * 2);
            new JpegXmpRewriter().updateXmpXml(jpeg, out, options.xmp());
            jpeg = out.toByteArray();
        }
        return jpeg;
    }

    private static byte[] tiff(ImageDocument doc, WriteOptions options) throws IOException, ImagingException {
        ImageWriter writer = Codecs.jdkWriter("tiff");
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Deflate");
        byte[] tiff = write(writer, new IIOImage(Rasters.image(doc.pixels(), 16, doc.alpha()), null, null), param);
        if (doc.iccProfile() == null && options.xmp() == null) {
            return tiff;
        }
        TiffOutputSet set = ((TiffImageMetadata) org.apache.commons.imaging.Imaging.getMetadata(tiff)).getOutputSet();
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        if (doc.iccProfile() != null) {
            root.removeField(TiffEpTagConstants.EXIF_TAG_INTER_COLOR_PROFILE);
            // the profile tag is of type UNDEFINED; readers that check the type ignore a BYTE one
            root.add(new TiffOutputField(TiffEpTagConstants.EXIF_TAG_INTER_COLOR_PROFILE, AbstractFieldType.UNDEFINED,
                    doc.iccProfile().length, doc.iccProfile()));
        }
        if (options.xmp() != null) {
            root.removeField(TiffTagConstants.TIFF_TAG_XMP);
            root.add(TiffTagConstants.TIFF_TAG_XMP, options.xmp().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(tiff.length + 65536);
        new TiffImageWriterLossless(set.byteOrder, tiff).write(out, set);
        return out.toByteArray();
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
