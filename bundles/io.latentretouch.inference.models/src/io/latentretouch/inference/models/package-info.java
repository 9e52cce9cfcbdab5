/**
 * What the model layouts mean for images: inpainters, skin segmenters and upscalers for the embedded defaults and for
 * the public model families (LaMa, MI-GAN, BiSeNet face parsing, Real-ESRGAN), and tiled runs of fully convolutional
 * models. Obtained from the {@link io.latentretouch.inference.models.ModelAdapters} service.
 */
@Version("2.3.0")
package io.latentretouch.inference.models;

import org.osgi.annotation.versioning.Version;
