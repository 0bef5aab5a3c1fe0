package dev.ballot.runner;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The store directory: each run writes {@code store/<workload>/<timestamp>/}, the timestamp in UTC
 * so that directories sort by time. Two runs in the same millisecond get a suffix.
 */
public final class Store {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Store() {
    }

    /** Creates and returns a fresh directory for one run of {@code campaign}. */
    public static Path newRunDirectory(Campaign campaign, Clock clock) throws IOException {
        return newDirectory(campaign.store().resolve(campaign.workload()), clock);
    }

    /** Creates and returns a fresh directory named by the time under {@code parent}. */
    public static Path newDirectory(Path parent, Clock clock) throws IOException {
        Files.createDirectories(parent);
        String stamp = STAMP.format(clock.instant());
        for (int suffix = 0; ; suffix++) {
            Path dir = parent.resolve(suffix == 0 ? stamp : stamp + "-" + suffix);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // Another run took this name; try the next.
            }
        }
    }
}
