package io.latentretouch.assets;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One open catalog. Thread-safe; every call is a short transaction on the calling thread (call it off the UI thread).
 * Close it when done: an embedded catalog is locked to this process while it is open.
 */
public interface Catalog extends AutoCloseable {

    /** What the catalog is stored in, for people: the database and its version, where it is. */
    String describe();

    /** This process as the journal and the lock name it, {@code host:pid}: a worker's name unless it is given one. */
    String process();

    /** The root at this folder, added when it is new. @throws CatalogException on a failed statement */
    Root root(Path folder, RootKind kind) throws CatalogException;

    /** The root of that id, as a file's {@link FileEntry#rootId()} names it. */
    Optional<Root> root(long id) throws CatalogException;

    /**
     * Adds an original found at {@code path} (relative to the root) with its own stack, of which it is the pick.
     *
     * @throws CatalogException {@code STORAGE} when a file is already catalogued at that path
     */
    Asset addOriginal(Root root, String path, FileFacts facts) throws CatalogException;

    Optional<Asset> asset(long id) throws CatalogException;

    /** The asset's files (its original or render, sidecars, masks). */
    List<FileEntry> files(long assetId) throws CatalogException;

    /** The file catalogued at this path of the root, if any. */
    Optional<FileEntry> file(long rootId, String path) throws CatalogException;

    /** The files with these bytes, wherever they are: a moved file keeps its asset by its hash. */
    List<FileEntry> filesWithHash(String sha256) throws CatalogException;

    /** Records that a file moved (or was renamed) within its root or to another. */
    void moveFile(long fileId, long rootId, String path) throws CatalogException;

    /** Records a file's new bytes (it changed under the catalog). */
    void updateFile(long fileId, FileFacts facts) throws CatalogException;

    /** The stack the asset is in. @throws CatalogException {@code NOT_FOUND} when it is in none */
    Stack stackOf(long assetId) throws CatalogException;

    /** Makes a member of the stack its pick. @throws CatalogException {@code NOT_FOUND} when it is not a member */
    void pick(long stackId, long assetId) throws CatalogException;

    /**
     * Moves assets into a stack, after its members and in the order given: the Library's "stack" (Ctrl+G) makes the
     * selection's stacks one. The stack's pick stays; a stack that loses its pick to the move picks its first member; a
     * stack left without members keeps its id and shows nowhere until an asset moves back (an undo).
     *
     * @throws CatalogException {@code NOT_FOUND} for an unknown stack, or an asset in none
     * @since 1.2
     */
    void moveToStack(long stackId, List<Long> assetIds) throws CatalogException;

    /** Rates an asset: -1 rejected, 0 none, 1 … 5 stars. @throws IllegalArgumentException for another value */
    void rate(long assetId, int rating) throws CatalogException;

    /** Replaces an asset's keywords; the search finds the asset by them from then on. */
    void keywords(long assetId, Set<String> keywords) throws CatalogException;

    /** An asset's keywords, sorted. */
    List<String> keywords(long assetId) throws CatalogException;

    /**
     * Records when an asset's photo was taken, on its camera's clock (EXIF keeps no zone), as {@link Filter#from()}
     * and {@link Filter#to()} compare it.
     *
     * @throws CatalogException {@code NOT_FOUND} for an unknown asset
     * @since 1.3
     */
    void captured(long assetId, LocalDateTime time) throws CatalogException;

    /**
     * When an asset's photo was taken: its own date, else, for a variant, the date of the original it was made from.
     *
     * @return empty when neither records one
     * @throws CatalogException {@code NOT_FOUND} for an unknown asset
     * @since 1.3
     */
    Optional<LocalDateTime> captured(long assetId) throws CatalogException;

    /**
     * Records a recipe variants are made with under the SHA-256 their keys name it by (the first record of a hash
     * stays), so that {@link Filter#recipe()} finds them by its name.
     *
     * @param version the recipe format's version its body is written in
     * @param body    the recipe as its file holds it
     * @since 1.3
     */
    void recipe(String sha256, String name, int version, String body) throws CatalogException;

    /** The names of the recipes the catalog's visible variants were made with, sorted. @since 1.3 */
    List<String> recipeNames() throws CatalogException;

    /** Gives an asset a colour label ({@link Label#NONE} takes it away). */
    void label(long assetId, Label label) throws CatalogException;

    /**
     * The stacks that pass the filter, oldest first, by id: the Library's rows, one query however many there are
     * (tens of milliseconds at 100,000); {@link #cells(List)} reads the few on screen.
     */
    List<Long> stacks(Filter filter) throws CatalogException;

    /** These stacks as the grid shows them, in the order given; an id of no stack (one since merged away) is left out. */
    List<Cell> cells(List<Long> stackIds) throws CatalogException;

    /** A stack's members, each as a cell of its own (an expanded stack), in the stack's order. */
    List<Cell> members(long stackId) throws CatalogException;

    /** The assets whose name or keywords hold every word of {@code text} (full-text, by word prefix). */
    List<Asset> search(String text) throws CatalogException;

    /** The queue of regenerate jobs. */
    JobQueue jobs();

    /** What happened to a batch's jobs, oldest first. */
    List<JournalEntry> journal(long batchId) throws CatalogException;

    /** Releases the connection and the lock; further calls throw {@link IllegalStateException}. */
    @Override
    void close();
}
