package io.latentretouch.assets;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The days of capture a librarian types (the Library's filter bar, the headless {@code --taken}): a year
 * ({@code 2024}), a month ({@code 2024-05}), a day ({@code 2024-05-01}), or a range of these with {@code ..} between,
 * either end left open ({@code 2024-05..}, {@code ..2023}); for {@link Filter#from()} and {@link Filter#to()}.
 *
 * @param from the first day, or null for any
 * @param to   the last day, inclusive, or null for any
 * @since 1.3
 */
public record CaptureDays(LocalDate from, LocalDate to) {

    /** No day set. */
    public static final CaptureDays ANY = new CaptureDays(null, null);

    /** The days the text names; empty when it names none (a typo, a range that ends before it starts). */
    public static Optional<CaptureDays> parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.of(ANY);
        }
        int dots = t.indexOf("..");
        try {
            if (dots < 0) {
                return Optional.of(new CaptureDays(first(t), last(t)));
            }
            String a = t.substring(0, dots).strip();
            String b = t.substring(dots + 2).strip();
            LocalDate from = a.isEmpty() ? null : first(a);
            LocalDate to = b.isEmpty() ? null : last(b);
            return from != null && to != null && to.isBefore(from) ? Optional.empty() : Optional.of(new CaptureDays(from, to));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalDate first(String part) {
        return switch (part.length()) {
            case 4 -> Year.parse(part).atDay(1);
            case 7 -> YearMonth.parse(part).atDay(1);
            case 10 -> LocalDate.parse(part);
            default -> throw new IllegalArgumentException(part);
        };
    }

    private static LocalDate last(String part) {
        return switch (part.length()) {
            case 4 -> Year.parse(part).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(part).atEndOfMonth();
            case 10 -> LocalDate.parse(part);
            default -> throw new IllegalArgumentException(part);
        };
    }
}
