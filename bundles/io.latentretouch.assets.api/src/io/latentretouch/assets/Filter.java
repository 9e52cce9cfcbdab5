package io.latentretouch.assets;

import java.time.LocalDate;

/**
 * What the Library shows: a stack passes when one of its visible members passes every part that is set.
 *
 * @param text      words that the name or keywords hold, each as a prefix ("" for any)
 * @param minRating the least rating, 1 … 5 (0 for any, rejected ones included)
 * @param label     the colour label ({@link Label#NONE} for any)
 * @param keyword   one keyword exactly ("" for any)
 * @param aiOnly    only assets whose pixels a model or algorithm made or changed
 * @param recipe    the name of a recipe a variant in the stack was made with ("" for any; since 1.3)
 * @param from      the first day of capture, on the camera's clock (null for any; since 1.3)
 * @param to        the last day of capture, inclusive (null for any; since 1.3)
 */
public record Filter(String text, int minRating, Label label, String keyword, boolean aiOnly, String recipe, LocalDate from, LocalDate to) {

    /** Every stack. */
    public static final Filter ALL = new Filter("", 0, Label.NONE, "", false);

    public Filter {
        if (minRating < 0 || minRating > 5) {
            throw new IllegalArgumentException("The least rating is 0 (any) or 1 to 5 stars, not " + minRating);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The capture days run from " + from + " to a day after it, not to " + to);
        }
        text = text == null ? "" : text.strip();
        keyword = keyword == null ? "" : keyword.strip();
        recipe = recipe == null ? "" : recipe.strip();
        label = label == null ? Label.NONE : label;
    }

    /** Any recipe, any capture day. */
    public Filter(String text, int minRating, Label label, String keyword, boolean aiOnly) {
        this(text, minRating, label, keyword, aiOnly, "", null, null);
    }
}
