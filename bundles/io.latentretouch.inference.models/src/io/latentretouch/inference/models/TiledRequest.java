package io.latentretouch.inference.models;

import java.util.Map;

import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.inference.Tensor;

/**
 * A tiled run of a fully convolutional model.
 *
 * @param planes         per-pixel inputs by input name, all of the same size (the image, masks)
 * @param noise          inputs filled with seeded Gaussian noise [1,1,h,w], by input name and seed; the noise depends
 *                       only on the seed and the pixel position, so it is the same whatever the tiling
 * @param constants      inputs given as they are to every tile (levels, strengths)
 * @param output         the output to collect
 * @param outputChannels its channel count
 * @param scale          output pixels per input pixel along each axis
 * @param tiles          the tiling
 */
public record TiledRequest(Map<String, PlanarImage> planes, Map<String, Long> noise, Map<String, Tensor> constants,
        String output, int outputChannels, int scale, TileSpec tiles) {

    public TiledRequest {
        planes = Map.copyOf(planes);
        noise = Map.copyOf(noise);
        constants = Map.copyOf(constants);
    }
}
