/**
 * Soak runs: campaigns back to back for hours, each with a fresh seed, rotating workloads and
 * nemeses, until the time is up or one finds a violation; what {@code ballot soak} and a nightly
 * CI job run.
 *
 * <p>{@link dev.ballot.soak.SoakPlan} says which campaign comes n-th (pure: the template, the
 * rotations of workloads and {@link dev.ballot.soak.NemesisChoice nemeses}, and the soak's seed);
 * {@link dev.ballot.soak.Soak} runs them through a {@link dev.ballot.runner.CampaignRunner} (Docker,
 * or the in-process cluster in tests), keeps the store directories worth keeping, and writes one
 * JUnit XML summary; {@link dev.ballot.soak.SoakResult} holds the runs and the exit code.
 */
package dev.ballot.soak;
