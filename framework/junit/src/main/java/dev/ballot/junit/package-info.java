/**
 * Ballot in a JUnit 5 test: {@link dev.ballot.junit.Ballot#campaign()} starts a fluent
 * {@link dev.ballot.junit.CampaignBuilder} with the defaults of {@code ballot run};
 * {@code run()} runs the campaign (in Docker, unless a {@link dev.ballot.runner.CampaignRunner} is
 * given) and returns its {@link dev.ballot.runner.RunResult}; {@link dev.ballot.junit.Ballot#assertValid}
 * fails the test unless the verdict is valid, with the verdict, the reasons, the store directory
 * and the replay command in the message.
 *
 * <p>Campaigns in Docker need what {@code ballot run} needs: a Docker engine, the base image, the
 * environment variables {@code TESTCONTAINERS_RYUK_DISABLED=true} and
 * {@code TESTCONTAINERS_HOST_OVERRIDE=localhost} where Ballot's README says so, and Ballot's home
 * ({@code -Dballot.home} or {@code $BALLOT_HOME}) for the reference system's image.
 */
package dev.ballot.junit;
