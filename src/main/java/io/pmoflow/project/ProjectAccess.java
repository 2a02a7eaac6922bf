package io.pmoflow.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of a project's vendors who have access to the client's systems, and until when, as the
 * project pages show them: the onboarding feature answers, so that the project pages need not know
 * it. Every answer holds only the vendors the current user may see.
 */
public interface ProjectAccess {

  /** One person's access to one system role, granted or approved, and when it ends. */
  record Line(long vendorId, String vendorCode, String company, String person, String username, String system,
      String role, LocalDate until, boolean endsSoon) {}

  /** How many vendors work on a project, how many of their people have access, how many of those end soon. */
  record Count(int vendors, int people, int endingSoon) {

    public static final Count NONE = new Count(0, 0, 0);
  }

  /** The project's people with access, the soonest ending first; empty when the user's role sees no vendors. */
  Optional<List<Line>> ofProject(long projectId);

  /** The counts of every project with a vendor, by project id; empty when the user's role sees no vendors. */
  Optional<Map<Long, Count>> countsByProject();

  /** How many days ahead an access counts as ending soon (the first contract-end reminder). */
  long soonDays();
}
