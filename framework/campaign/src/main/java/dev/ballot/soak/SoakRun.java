package dev.ballot.soak;

import dev.ballot.report.JunitXml;
import dev.ballot.runner.Campaign;
import dev.ballot.runner.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One run of a soak, as it ended.
 *
 * @param number from 1
 * @param reasons why it is not valid; for a run that could not be carried out at all, what
 *     went wrong
 * @param directory its store directory
 * @param kept whether the directory was kept (a valid run's is deleted unless asked otherwise)
 * @param seconds how long it took, cluster start and teardown included
 */
public record SoakRun(int number, Campaign campaign, Verdict verdict, List<String> reasons,
                      Path directory, boolean kept, double seconds) {
    public SoakRun {
        reasons = List.copyOf(reasons);
    }

    /** The same run, its directory deleted. */
    SoakRun deleted() {
        return new SoakRun(number, campaign, verdict, reasons, directory, false, seconds);
    }

    /** What a person needs to find it: {@code 3 agreement crash seed 77}. */
    public String name() {
        return name(number, campaign);
    }

    static String name(int number, Campaign campaign) {
        return number + " " + campaign.workload() + " " + new NemesisChoice(campaign.nemesis(),
                campaign.overlap()) + " seed " + campaign.seed();
    }

    /** Where its files are, or that they were deleted. */
    public String store() {
        return kept ? directory.toString() : directory + " (deleted: valid)";
    }

    /** One line for the log: {@code run 3 agreement crash seed 77: VALID in 41.2 s}. */
    public String line() {
        return String.format(Locale.ROOT, "run %s: %s in %.1f s%s", name(),
                verdict.wireName().toUpperCase(Locale.ROOT), seconds,
                reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")");
    }

    JunitXml.RunCase toCase() {
        return new JunitXml.RunCase(name(), verdict.wireName(), reasons, store(),
                campaign.replayCommand(), seconds);
    }
}
