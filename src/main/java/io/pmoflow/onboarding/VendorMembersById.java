package io.pmoflow.onboarding;

import java.util.List;

/** Members by id, taken from the transaction's persistence context when it holds them. */
public interface VendorMembersById {

  /** The members in the order of {@code ids}, {@code null} for an id that names none; one query for those not yet loaded. */
  List<VendorMember> findLoadedOrById(List<Long> ids);
}
