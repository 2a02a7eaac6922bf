package io.pmoflow.directory;

/**
 * An account in the vendor accounts' tree that does not carry the vendor marker: someone made it
 * by hand, or changed a vendor account so that PMO Flow would no longer see it.
 *
 * @param uid its login name (the first value of its naming attribute if it has no {@code uid})
 * @param dn where it is
 * @param email its mail, or null
 * @param mark what it says it is instead, in the directory's terms (e.g. {@code employeeType:
 *     staff}, or {@code no employeeType})
 * @param internalStaff whether that mark is the one internal staff accounts carry
 */
public record UnmarkedAccount(String uid, String dn, String email, String mark, boolean internalStaff) {}
