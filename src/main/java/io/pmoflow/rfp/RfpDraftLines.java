package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.forms.TextRows;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Kind;
import io.pmoflow.rfp.RfpParts.Priority;
import io.pmoflow.rfp.RfpParts.Requirement;
import java.util.List;
import java.util.Locale;

/**
 * The drafting form's lists, one item per line (see {@link TextRows}), in both directions.
 * Missing values stay null so that {@link RfpRules} names them; a value that cannot be read at
 * all (a priority other than MUST or SHOULD, a weight that is not a whole number) is refused here
 * with its line.
 */
final class RfpDraftLines {

  static final Text REQUIREMENTS = Text.of("rfp.list.requirements");
  static final Text DELIVERABLES = Text.of("rfp.list.deliverables");
  static final Text CRITERIA = Text.of("rfp.list.criteria");
  static final Text VENDORS = Text.of("rfp.list.vendors");

  private RfpDraftLines() {}

  static String requirements(List<Requirement> requirements) {
    return TextRows.format(requirements.stream()
        .map(r -> TextRows.row(r.id(), r.priority(), r.kind() == null ? null : words(r.kind()), r.text()))
        .toList());
  }

  static List<Requirement> requirements(Object text) {
    return TextRows.parse(text, REQUIREMENTS, 4).stream()
        .map(row -> new Requirement(row.value(0), priority(row), kind(row), row.value(3)))
        .toList();
  }

  static String deliverables(List<Deliverable> deliverables) {
    return TextRows.format(deliverables.stream().map(d -> TextRows.row(d.name(), d.description())).toList());
  }

  static List<Deliverable> deliverables(Object text) {
    return TextRows.parse(text, DELIVERABLES, 2).stream()
        .map(row -> new Deliverable(row.value(0), row.value(1)))
        .toList();
  }

  static String criteria(List<Criterion> criteria) {
    return TextRows.format(criteria.stream().map(c -> TextRows.row(c.name(), c.weight())).toList());
  }

  static List<Criterion> criteria(Object text) {
    return TextRows.parse(text, CRITERIA, 2).stream()
        .map(row -> new Criterion(row.value(0), weight(row)))
        .toList();
  }

  static String vendors(List<RfpDraft.InvitedVendor> vendors) {
    return TextRows.format(vendors.stream().map(v -> TextRows.row(v.code(), v.name(), v.email())).toList());
  }

  static List<RfpDraft.InvitedVendor> vendors(Object text) {
    return TextRows.parse(text, VENDORS, 3).stream()
        .map(row -> new RfpDraft.InvitedVendor(row.value(0), row.value(1), row.value(2)))
        .toList();
  }

  private static Priority priority(TextRows.Row row) {
    String value = row.value(1);
    try {
      return value == null ? null : Priority.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.refused(Text.of("rfp.refused.priority", value));
    }
  }

  private static Kind kind(TextRows.Row row) {
    String value = row.value(2);
    try {
      return value == null ? null : Kind.valueOf(value.toUpperCase(Locale.ROOT).replaceAll("[- ]", "_"));
    } catch (IllegalArgumentException e) {
      throw row.refused(Text.of("rfp.refused.kind", value));
    }
  }

  private static int weight(TextRows.Row row) {
    String value = row.value(1);
    try {
      return Integer.parseInt(value == null ? "" : value.replace("%", "").strip());
    } catch (NumberFormatException e) {
      throw row.refused(Text.of("rfp.refused.weight", value == null ? "" : value));
    }
  }

  private static String words(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
