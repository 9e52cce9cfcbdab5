package io.latentretouch.catalog.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.latentretouch.assets.CaptureDays;
import io.latentretouch.assets.Filter;
import io.latentretouch.assets.Label;

/**
 * The Library's filter bar: text, least rating, colour label, keyword, recipe, capture days and "has AI"; each change
 * filters at once. Days that do not parse are shown in red and filter nothing out; the recipes offered are those the
 * catalog's variants were made with.
 */
final class FilterBar {

    private final Text text;
    private final Combo rating;
    private final Combo label;
    private final Text keyword;
    private final Combo recipe;
    private final Text days;
    private final Button ai;

    FilterBar(Composite parent, Consumer<Filter> changed) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        text = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        text.setMessage(Messages.filterText);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        rating = new Combo(bar, SWT.READ_ONLY);
        rating.setItems(Messages.filterAnyRating, "\u2265 \u2605", "\u2265 \u2605\u2605", "\u2265 \u2605\u2605\u2605", "\u2265 \u2605\u2605\u2605\u2605",
                "\u2605\u2605\u2605\u2605\u2605");
        rating.select(0);
        label = new Combo(bar, SWT.READ_ONLY);
        label.setItems(Arrays.stream(Label.values()).map(l -> l == Label.NONE ? Messages.filterAnyLabel : Messages.labelName(l)).toArray(String[]::new));
        label.select(0);
        keyword = new Text(bar, SWT.SEARCH);
        keyword.setMessage(Messages.filterKeyword);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(keyword);
        recipe = new Combo(bar, SWT.READ_ONLY);
        recipe.setItems(Messages.filterAnyRecipe);
        recipe.select(0);
        days = new Text(bar, SWT.SEARCH);
        days.setMessage(Messages.filterDays);
        days.setToolTipText(Messages.filterDaysHelp);
        GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(days);
        ai = new Button(bar, SWT.CHECK);
        ai.setText(Messages.filterAi);
        text.addModifyListener(e -> changed.accept(filter()));
        keyword.addModifyListener(e -> changed.accept(filter()));
        days.addModifyListener(e -> {
            boolean valid = CaptureDays.parse(days.getText()).isPresent();
            days.setForeground(valid ? null : days.getDisplay().getSystemColor(SWT.COLOR_RED));
            changed.accept(filter());
        });
        rating.addListener(SWT.Selection, e -> changed.accept(filter()));
        label.addListener(SWT.Selection, e -> changed.accept(filter()));
        recipe.addListener(SWT.Selection, e -> changed.accept(filter()));
        ai.addListener(SWT.Selection, e -> changed.accept(filter()));
    }

    Filter filter() {
        CaptureDays taken = CaptureDays.parse(days.getText()).orElse(CaptureDays.ANY);
        return new Filter(text.getText(), rating.getSelectionIndex(), Label.values()[label.getSelectionIndex()], keyword.getText(), ai.getSelection(),
                recipe.getSelectionIndex() <= 0 ? "" : recipe.getText(), taken.from(), taken.to());
    }

    /** Offers these recipes (the catalog's), keeping the one chosen even when no variant of it is left. */
    void recipes(List<String> names) {
        String chosen = recipe.getSelectionIndex() <= 0 ? null : recipe.getText();
        List<String> items = new ArrayList<>(List.of(Messages.filterAnyRecipe));
        items.addAll(names);
        if (chosen != null && !names.contains(chosen)) {
            items.add(chosen);
        }
        if (!items.equals(List.of(recipe.getItems()))) {
            recipe.setItems(items.toArray(String[]::new));
            recipe.select(chosen == null ? 0 : items.indexOf(chosen));
            recipe.getParent().layout();
        }
    }
}
