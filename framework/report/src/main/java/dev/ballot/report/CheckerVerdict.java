package dev.ballot.report;

/**
 * One checker's conclusion as a report shows it.
 *
 * @param checker the checker's name, e.g. {@code linearizable}, {@code agreement}
 * @param verdict {@code valid}, {@code invalid} or {@code unknown}
 * @param message why it could not decide, or what was violated; null when valid
 * @param evidence the counterexample of an invalid verdict, or null
 */
public record CheckerVerdict(String checker, String verdict, String message, Evidence evidence) {

    public boolean isInvalid() {
        return verdict.equals("invalid");
    }
}
