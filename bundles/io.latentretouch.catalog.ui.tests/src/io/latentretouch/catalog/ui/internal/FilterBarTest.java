package io.latentretouch.catalog.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.latentretouch.assets.Cell;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;
import io.latentretouch.imaging.testing.RealWorld;
import io.latentretouch.inference.RunMonitor;
import io.latentretouch.jobs.Importer;
import io.latentretouch.jobs.Regenerator;
import io.latentretouch.jobs.WorkSettings;
import io.latentretouch.retouch.Recipe;
import io.latentretouch.retouch.Recipes;

/**
 * The Library's filter bar in the real window, on real photos: the day taken (the cat's photoshop:DateCreated, the
 * painting's xmp:CreateDate), the text and a recipe a variant was made with narrow the grid; days that are no days are
 * shown red and filter nothing out.
 */
class FilterBarTest {

    @TempDir
    Path dir;

    @Test
    void theDayTakenAndTheTextNarrowTheGrid() throws Exception {
        Path shoot = Files.createDirectories(dir.resolve("shoot"));
        for (String name : List.of("chelsea.png", "starry_night.jpg", "astronaut.png")) {
            Files.copy(RealWorld.photo(name), shoot.resolve(name));
        }
        CatalogPreferences.setUrl("jdbc:sqlite:" + dir.resolve("catalog.db"));
        var catalog = CatalogSession.get().catalog();
        assertEquals(3, CatalogSession.get().service(Importer.class).importFolder(catalog, shoot, RunMonitor.NONE).added());
        LibraryView view = (LibraryView) LibraryDriver.show(LibraryView.ID);
        CatalogSession.get().changed();
        Text days = field(view, Messages.filterDays);
        Text text = field(view, Messages.filterText);

        shows(view, "astronaut.png", "chelsea.png", "starry_night.jpg");
        days.setText("2009");
        shows(view, "chelsea.png");
        days.setText("2007-02-15..2009-02");
        shows(view, "chelsea.png", "starry_night.jpg");
        text.setText("starry");
        shows(view, "starry_night.jpg");
        text.setText("");
        days.setText("..2008");
        shows(view, "starry_night.jpg");

        days.setText("2009-13");
        shows(view, "astronaut.png", "chelsea.png", "starry_night.jpg");
        assertEquals(view.grid().control().getDisplay().getSystemColor(SWT.COLOR_RED), days.getForeground(), "a month that is none is red");
        days.setText("2009-12");
        assertNotEquals(view.grid().control().getDisplay().getSystemColor(SWT.COLOR_RED), days.getForeground());
        shows(view);
        days.setText("");

        // a recipe's variants: the recipe is offered once the catalog has one, and finds its stack
        Combo recipes = recipeCombo(view);
        assertEquals(List.of(Messages.filterAnyRecipe), List.of(recipes.getItems()), "no variant yet, no recipe to offer");
        Recipe recipe = Recipes.shipped().get(0);
        long astronaut = catalog.stacks(new Filter("astronaut", 0, Label.NONE, "", false)).get(0);
        Regenerator regenerator = CatalogSession.get().service(Regenerator.class);
        regenerator.submit(catalog, List.of(catalog.cells(List.of(astronaut)).get(0).pick().id()), recipe, 3, "librarian");
        assertEquals(1, regenerator.work(catalog, "test:1", WorkSettings.DEFAULT, RunMonitor.NONE).succeeded());
        CatalogSession.get().changed();
        LibraryDriver.waitFor(() -> recipes.getItemCount() == 2, 30);
        assertEquals(List.of(Messages.filterAnyRecipe, recipe.name()), List.of(recipes.getItems()));
        recipes.select(1);
        recipes.notifyListeners(SWT.Selection, new Event());
        shows(view, "astronaut.png");
        assertEquals(List.of(astronaut), catalog.stacks(new Filter("", 0, Label.NONE, "", false, recipe.name(), null, null)), "the stack with the variant, shown by its pick");
    }

    /** Leaves the shared Library unfiltered for the next test, whatever this one left set. */
    @AfterEach
    void clearTheFilters() throws Exception {
        LibraryView view = (LibraryView) LibraryDriver.show(LibraryView.ID);
        field(view, Messages.filterDays).setText("");
        field(view, Messages.filterText).setText("");
        Combo recipes = recipeCombo(view);
        recipes.select(0);
        recipes.notifyListeners(SWT.Selection, new Event());
    }

    /** The filter bar's recipe choice (the combo whose first item is any recipe). */
    private static Combo recipeCombo(LibraryView view) {
        for (Control c : view.grid().control().getParent().getChildren()) {
            if (c instanceof Composite bar) {
                for (Control inner : bar.getChildren()) {
                    if (inner instanceof Combo combo && combo.getItemCount() > 0 && combo.getItem(0).equals(Messages.filterAnyRecipe)) {
                        return combo;
                    }
                }
            }
        }
        throw new AssertionError("no recipe choice in the Library's filter bar");
    }

    /** Waits for the grid to show exactly these names, sorted, and says what it shows when it does not. */
    private static void shows(LibraryView view, String... names) {
        List<String> wanted = List.of(names);
        LibraryDriver.waitFor(() -> names(view).equals(wanted), 30);
        assertEquals(wanted, names(view));
    }

    private static List<String> names(LibraryView view) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < view.grid().cells().count(); i++) {
            Cell cell = view.grid().cells().at(i);
            out.add(cell == null ? "?" : cell.pick().name());
        }
        return out.stream().sorted().toList();
    }

    /** The filter bar's field with this hint. */
    private static Text field(LibraryView view, String message) {
        Text found = find(view.grid().control().getParent(), message);
        if (found == null) {
            throw new AssertionError("no field " + message + " in the Library");
        }
        return found;
    }

    private static Text find(Composite parent, String message) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Text t && message.equals(t.getMessage())) {
                return t;
            }
            if (c instanceof Composite composite) {
                Text inner = find(composite, message);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
