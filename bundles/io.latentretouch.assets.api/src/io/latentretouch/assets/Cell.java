package io.latentretouch.assets;

/**
 * A stack as one cell of the Library's grid, shown by {@code pick}: its pick when collapsed, each member in turn when
 * expanded ({@link Catalog#members(long)}).
 *
 * @param file    that asset's image (its original or render)
 * @param members how many assets the stack holds (1 for an original without variants)
 * @param ai      whether a member is AI-touched (collapsed) or that asset is (expanded)
 */
public record Cell(long stackId, Asset pick, FileEntry file, int members, boolean ai) {
}
