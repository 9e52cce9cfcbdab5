package io.latentretouch.assets;

/**
 * What the Library shows: a stack passes when one of its visible members passes every part that is set.
 *
 * @param text      words that the name or keywords hold, each as a prefix ("" for any)
 * @param minRating the least rating, 1 … 5 (0 for any, rejected ones included)
 * @param label     the colour label ({@link Label#NONE} for any)
 * @param keyword   one keyword exactly ("" for any)
 * @param aiOnly    only assets whose pixels a model or algorithm made or changed
 */
public record Filter(String text, int minRating, Label label, String keyword, boolean aiOnly) {

    /** Every stack. */
    public static final Filter ALL = new Filter("", 0, Label.NONE, "", false);

    public Filter {
        if (minRating < 0 || minRating > 5) {
            throw new IllegalArgumentException("The least rating is 0 (any) or 1 to 5 stars, not " + minRating);
        }
        text = text == null ? "" : text.strip();
        keyword = keyword == null ? "" : keyword.strip();
        label = label == null ? Label.NONE : label;
    }
}
