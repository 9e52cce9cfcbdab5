package io.latentretouch.inference.models.internal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.latentretouch.inference.InferenceException;
import io.latentretouch.inference.InferenceException.Code;
import io.latentretouch.inference.ModelDescriptor;

/**
 * A descriptor and the URL its bytes come from (a bundle entry or a file).
 *
 * @param embedded whether it ships inside a bundle (rather than the models folder)
 */
record RegisteredModel(ModelDescriptor descriptor, URL url, boolean embedded) {

    /** Reads the whole file into a direct buffer and checks it against the manifest's hash. */
    ByteBuffer readVerified() throws InferenceException {
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InferenceException(Code.MODEL_UNREADABLE, "Cannot read model file " + url + ": " + e.getMessage(), e);
        }
        String actual = Sha256.of(bytes);
        if (!actual.equals(descriptor.sha256())) {
            throw new InferenceException(Code.HASH_MISMATCH, "Model file " + url + " has SHA-256 " + actual
                    + " but its manifest pins " + descriptor.sha256() + "; the file was refused");
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        direct.put(bytes).flip();
        return direct;
    }
}
