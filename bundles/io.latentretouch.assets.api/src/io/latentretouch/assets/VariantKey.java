package io.latentretouch.assets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes a variant the same variant: its source's bytes, the recipe, the seed, the models, the mask and the output
 * format. A re-roll changes the seed, so the key. Hashes are SHA-256, lower-case hex.
 *
 * @param maskSha256 null when no mask is involved
 */
public record VariantKey(String sourceSha256, String recipeSha256, long seed, String modelsSha256, String maskSha256, String outputFormat) {

    /** SHA-256 of the fields joined by {@code |} ({@link #text()}), the same on every host: the variant's idempotency key. */
    public String idemKey() {
        return sha256(text());
    }

    /** The fields joined by {@code |}, as a variant's file records them; {@link #parse(String)} reads them back. @since 1.2 */
    public String text() {
        return String.join("|", sourceSha256, recipeSha256, Long.toString(seed), modelsSha256, maskSha256 == null ? "" : maskSha256, outputFormat);
    }

    /**
     * The key a variant's file records as {@link #text()}.
     *
     * @throws IllegalArgumentException when the text is no key
     * @since 1.2
     */
    public static VariantKey parse(String text) {
        String[] f = text.split("\\|", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("A variant key has six fields, not " + f.length + ": " + text);
        }
        return new VariantKey(f[0], f[1], Long.parseLong(f[2]), f[3], f[4].isEmpty() ? null : f[4], f[5]);
    }

    /** The SHA-256 of a text's UTF-8 bytes, lower-case hex: how a key's texts (a recipe's JSON, a model list) are hashed. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
