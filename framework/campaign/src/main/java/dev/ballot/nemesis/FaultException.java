package dev.ballot.nemesis;

/**
 * A fault could not be applied, or was applied but did not take hold. This is an error of the run,
 * never something to skip: a campaign whose faults did not happen cannot say anything about
 * safety under faults.
 */
public final class FaultException extends RuntimeException {
    private final transient Fault fault;

    public FaultException(Fault fault, String message, Throwable cause) {
        super(fault.f() + " " + fault.targets() + ": " + message, cause);
        this.fault = fault;
    }

    public FaultException(Fault fault, String message) {
        this(fault, message, null);
    }

    public Fault fault() {
        return fault;
    }
}
