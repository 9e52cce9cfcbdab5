package io.latentretouch.imaging.io.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Image formats, recognised by their first bytes when a file is read; by its name only to list a folder's images. */
public enum Format {
    JPEG("jpeg", "jpg", "jpeg"), PNG("png", "png"), TIFF("tiff", "tif", "tiff"), PSD("psd", "psd"), WEBP("webp", "webp");

    private final String label;
    private final List<String> extensions;

    Format(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The format a file name's extension (any case) stands for, or null. */
    public static Format byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst().orElse(null);
    }

    public String label() {
        return label;
    }

    /** The format the header bytes announce, or null. */
    public static Format sniff(byte[] head, int n) {
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (n >= 8 && Arrays.equals(Arrays.copyOf(head, 8), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return PNG;
        }
        // classic TIFF (42) and BigTIFF (43), either byte order
        if (n >= 4 && ((head[0] == 'I' && head[1] == 'I' && (head[2] == 42 || head[2] == 43) && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && (head[3] == 42 || head[3] == 43)))) {
            return TIFF;
        }
        if (n >= 4 && head[0] == '8' && head[1] == 'B' && head[2] == 'P' && head[3] == 'S') {
            return PSD;
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        return null;
    }

    /** A few words on what the bytes look like instead, for the error message. */
    public static String describe(byte[] head, int n) {
        if (n == 0) {
            return "the file is empty";
        }
        boolean text = true;
        for (int i = 0; i < n; i++) {
            int c = head[i] & 0xff;
            text &= c == '\n' || c == '\r' || c == '\t' || (c >= 32 && c < 127);
        }
        return text ? "it contains text, not an image" : "its first bytes match no supported format (JPEG, PNG, TIFF, PSD, WebP)";
    }
}
