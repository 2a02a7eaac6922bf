package io.pmoflow.onboarding;

import io.pmoflow.listing.SqlCondition;
import io.pmoflow.project.ProjectAccess;
import io.pmoflow.security.CurrentUser;
import io.pmoflow.security.PmoGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people with access of the vendors working on projects (invited to an RFP of the project or
 * named on one of its change requests), read with the vendors' visibility rule. An access counts
 * while its grant is approved or provisioned; it ends soon within the first contract-end reminder.
 */
@Component
class VendorProjectAccess implements ProjectAccess {

  private static final String LIVE = "g.status in ('APPROVED', 'PROVISIONED') and m.status <> 'REMOVED'";

  private final NamedParameterJdbcTemplate jdbc;
  private final VendorVisibility visibility;
  private final CurrentUser currentUser;
  private final OnboardingSettings settings;
  private final Clock clock;

  VendorProjectAccess(NamedParameterJdbcTemplate jdbc, VendorVisibility visibility, CurrentUser currentUser,
      OnboardingSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.visibility = visibility;
    this.currentUser = currentUser;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public long soonDays() {
    LocalDate today = LocalDate.now(clock);
    return ChronoUnit.DAYS.between(today, today.plus(settings.contractFirstReminder()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<List<Line>> ofProject(long projectId) {
    if (!seesVendors()) {
      return Optional.empty();
    }
    SqlCondition visible = visibility.vendors();
    Map<String, Object> parameters = new HashMap<>(visible.parameters());
    parameters.put("project", projectId);
    parameters.put("soon", endOfSoon());
    return Optional.of(jdbc.query(
        "select v.id, v.code, v.company, m.name, m.username, s.code system, r.code role, g.valid_until,"
            + " g.valid_until <= :soon ends_soon"
            + " from vendor v join vendor_member m on m.vendor_id = v.id join access_grant g on g.member_id = m.id"
            + " join access_system_role r on r.id = g.role_id join access_system s on s.id = r.system_id"
            + " where (" + visible.sql() + ") and (" + VendorVisibility.onProjects(":project") + ") and " + LIVE
            + " order by g.valid_until, v.code, m.name, s.code, r.code",
        parameters,
        (rs, row) -> new Line(rs.getLong("id"), rs.getString("code"), rs.getString("company"), rs.getString("name"),
            rs.getString("username"), rs.getString("system"), rs.getString("role"),
            rs.getObject("valid_until", LocalDate.class), rs.getBoolean("ends_soon"))));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Map<Long, Count>> countsByProject() {
    if (!seesVendors()) {
      return Optional.empty();
    }
    SqlCondition visible = visibility.vendors();
    Map<String, Object> parameters = new HashMap<>(visible.parameters());
    parameters.put("soon", endOfSoon());
    Map<Long, Count> counts = new LinkedHashMap<>();
    jdbc.query(
        "select p.id, count(distinct v.id) vendors,"
            + " count(distinct case when " + LIVE + " then m.id end) people,"
            + " count(distinct case when " + LIVE + " and g.valid_until <= :soon then m.id end) ending"
            + " from project p join vendor v on (" + VendorVisibility.onProjects("p.id") + ")"
            + " left join vendor_member m on m.vendor_id = v.id left join access_grant g on g.member_id = m.id"
            + " where (" + visible.sql() + ") group by p.id",
        parameters,
        rs -> {
          counts.put(rs.getLong("id"), new Count(rs.getInt("vendors"), rs.getInt("people"), rs.getInt("ending")));
        });
    return Optional.of(counts);
  }

  /** The roles that see vendors at all ({@link VendorVisibility}; a vendor's staff see no projects). */
  private boolean seesVendors() {
    return currentUser.isInAny(PmoGroups.PMO, PmoGroups.SECURITY, PmoGroups.PM);
  }

  private LocalDate endOfSoon() {
    return LocalDate.now(clock).plus(settings.contractFirstReminder());
  }
}
