package io.latentretouch.jobs;

/**
 * Where a host's catalog work goes (PID {@value #PID}): on a headless host from {@code conf/io.latentretouch.catalog.cfg},
 * in the workbench from its Catalog preference page. A change applies to the next batch.
 */
public @interface CatalogSettings {

    /** The PID of these settings. */
    String PID = "io.latentretouch.catalog";

    /**
     * The catalog's JDBC URL, {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DATABASE}. Empty: the catalog
     * commands need {@code --catalog URL}, and the workbench opens an embedded catalog in the user's Pictures folder.
     */
    String url() default "";

    /**
     * Folder under which variants are written, {@code ROOT-NAME/PATH/photo.variants/} for each original, so that
     * originals on a read-only share can be regenerated. Empty: beside each original, in its {@code photo.variants} folder.
     */
    String outputRoot() default "";
}
