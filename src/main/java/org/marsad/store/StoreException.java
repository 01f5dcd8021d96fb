package org.marsad.store;

import java.io.IOException;

/**
 * The archive cannot be used as asked, for a reason the user can act on; the message says
 * what to do ("make one with: marsad ingest ...", "start the cluster or check the address").
 */
public final class StoreException extends IOException {

  /** Why: what the command line does about it (a missing archive is a usage error). */
  public enum Reason {
    /** No archive where the user said. */
    MISSING,
    /** Another process is writing it. */
    BUSY,
    /** The cluster does not answer, or stopped answering. */
    UNREACHABLE,
    /** The cluster or the index is of a kind or version Marsad cannot use. */
    INCOMPATIBLE,
    /** The cluster refused what was sent (a mapping, a document). */
    REJECTED
  }

  private final Reason reason;

  public StoreException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public StoreException(Reason reason, String message) {
    this(reason, message, null);
  }

  public Reason reason() {
    return reason;
  }
}
