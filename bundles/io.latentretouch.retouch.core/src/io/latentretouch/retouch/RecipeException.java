package io.latentretouch.retouch;

/** A recipe file that cannot be used, with what is wrong in it. */
public final class RecipeException extends Exception {

    private static final long serialVersionUID = 1L;

    public RecipeException(String message, Throwable cause) {
        super(message, cause);
    }

    public RecipeException(String message) {
        super(message);
    }
}
