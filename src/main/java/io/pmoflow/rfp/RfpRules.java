package io.pmoflow.rfp;

import io.pmoflow.forms.FormTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.security.PmoGroups;
import io.pmoflow.rfp.RfpParts.Criterion;
import io.pmoflow.rfp.RfpParts.Deliverable;
import io.pmoflow.rfp.RfpParts.Priority;
import io.pmoflow.rfp.RfpParts.Requirement;
import io.pmoflow.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an RFP draft is complete enough to go to the PM: the same rules for the API and for the
 * drafting form, so that both say the same thing about the same mistake.
 */
public final class RfpRules {

  static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
  static final Pattern VENDOR_CODE = Pattern.compile(PmoGroups.VENDOR_CODE_PATTERN);
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private RfpRules() {}

  /**
   * Every rule the draft breaks; empty when it is complete. {@code isEvaluator} tells whether a
   * user id belongs to the evaluators' group.
   */
  public static List<FieldProblem> check(RfpDraft d, Predicate<String> isEvaluator) {
    List<FieldProblem> p = new ArrayList<>();
    if (d.projectId() == null) {
      p.add(new FieldProblem("projectId", "is required"));
    }
    text(p, "title", d.title(), 200);
    text(p, "background", d.background(), 8000);
    text(p, "scope", d.scope(), 8000);
    requirements(p, d.requirementList());
    deliverables(p, d.deliverableList());
    milestones(p, d.milestones());
    criteria(p, d.criterionList());
    vendors(p, d.vendorList());
    evaluators(p, d.evaluatorList(), isEvaluator);
    return p;
  }

  /**
   * {@link #check(RfpDraft, Predicate)}, and a new RFP's deadlines must still be ahead at {@code
   * now}: vendors cannot ask or propose in the past.
   */
  public static List<FieldProblem> check(RfpDraft d, Predicate<String> isEvaluator, Instant now) {
    List<FieldProblem> p = check(d, isEvaluator);
    RfpDraft.Milestones m = d.milestones();
    if (m != null) {
      passed(p, "milestones.questionDeadline", m.questionDeadline(), now);
      passed(p, "milestones.proposalDeadline", m.proposalDeadline(), now);
    }
    return p;
  }

  private static void passed(List<FieldProblem> p, String field, Instant deadline, Instant now) {
    if (deadline != null && !deadline.isAfter(now)) {
      p.add(new FieldProblem(field, "has already passed (" + deadline + "); it must be in the future"));
    }
  }

  /** A {@code null} in a list: adds its problem and says so. */
  private static boolean isNull(List<FieldProblem> p, String field, Object element) {
    if (element == null) {
      p.add(new FieldProblem(field, "must not be null"));
    }
    return element == null;
  }

  private static void text(List<FieldProblem> p, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      p.add(new FieldProblem(field, "is required"));
    } else if (value.length() > max) {
      p.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  private static void requirements(List<FieldProblem> p, List<Requirement> list) {
    if (list.isEmpty()) {
      p.add(new FieldProblem("requirements", "needs at least one requirement"));
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Requirement r = list.get(i);
      String f = "requirements[" + i + "]";
      if (isNull(p, f, r)) {
        continue;
      }
      if (r.id() == null || !REQUIREMENT_ID.matcher(r.id()).matches()) {
        p.add(new FieldProblem(f + ".id", "must be 1 to 20 letters, digits, dots or dashes"));
      } else if (!ids.add(r.id().toLowerCase(Locale.ROOT))) {
        p.add(new FieldProblem(f + ".id", "is used twice: " + r.id()));
      }
      if (r.priority() == null) {
        p.add(new FieldProblem(f + ".priority", "is required (MUST or SHOULD)"));
      }
      if (r.kind() == null) {
        p.add(new FieldProblem(f + ".kind", "is required (FUNCTIONAL or NON_FUNCTIONAL)"));
      }
      text(p, f + ".text", r.text(), 4000);
    }
    if (list.stream().noneMatch(r -> r != null && r.priority() == Priority.MUST)) {
      p.add(new FieldProblem("requirements", "needs at least one MUST requirement"));
    }
  }

  private static void deliverables(List<FieldProblem> p, List<Deliverable> list) {
    if (list.isEmpty()) {
      p.add(new FieldProblem("deliverables", "needs at least one deliverable"));
    }
    for (int i = 0; i < list.size(); i++) {
      if (isNull(p, "deliverables[" + i + "]", list.get(i))) {
        continue;
      }
      text(p, "deliverables[" + i + "].name", list.get(i).name(), 200);
      if (list.get(i).description() != null && list.get(i).description().length() > 4000) {
        p.add(new FieldProblem("deliverables[" + i + "].description", "must be at most 4000 characters"));
      }
    }
  }

  private static void milestones(List<FieldProblem> p, RfpDraft.Milestones m) {
    if (m == null) {
      p.add(new FieldProblem("milestones", "are required"));
      return;
    }
    int missing = p.size();
    required(p, "milestones.issueDate", m.issueDate());
    required(p, "milestones.questionDeadline", m.questionDeadline());
    required(p, "milestones.proposalDeadline", m.proposalDeadline());
    required(p, "milestones.awardDate", m.awardDate());
    required(p, "milestones.projectStart", m.projectStart());
    required(p, "milestones.projectEnd", m.projectEnd());
    if (p.size() > missing) {
      return;
    }
    if (!m.questionDeadline().isAfter(startOf(m.issueDate()))) {
      p.add(new FieldProblem("milestones.questionDeadline", "must be after the issue date"));
    }
    if (!m.proposalDeadline().isAfter(m.questionDeadline())) {
      p.add(new FieldProblem("milestones.proposalDeadline", "must be after the question deadline"));
    }
    if (!startOf(m.awardDate()).isAfter(m.proposalDeadline())) {
      p.add(new FieldProblem("milestones.awardDate", "must be after the proposal deadline"));
    }
    if (m.projectStart().isBefore(m.awardDate())) {
      p.add(new FieldProblem("milestones.projectStart", "must not be before the award date"));
    }
    if (!m.projectEnd().isAfter(m.projectStart())) {
      p.add(new FieldProblem("milestones.projectEnd", "must be after the project start"));
    }
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static void required(List<FieldProblem> p, String field, Object value) {
    if (value == null) {
      p.add(new FieldProblem(field, "is required"));
    }
  }

  private static void criteria(List<FieldProblem> p, List<Criterion> list) {
    if (list.isEmpty()) {
      p.add(new FieldProblem("criteria", "needs at least one evaluation criterion"));
      return;
    }
    Set<String> names = new HashSet<>();
    int sum = 0;
    for (int i = 0; i < list.size(); i++) {
      Criterion c = list.get(i);
      String f = "criteria[" + i + "]";
      if (isNull(p, f, c)) {
        continue;
      }
      text(p, f + ".name", c.name(), 200);
      if (c.name() != null && !names.add(c.name().strip().toLowerCase(Locale.ROOT))) {
        p.add(new FieldProblem(f + ".name", "is used twice: " + c.name()));
      }
      if (c.weight() < 1 || c.weight() > 100) {
        p.add(new FieldProblem(f + ".weight", "must be between 1 and 100"));
      }
      sum += c.weight();
    }
    if (sum != 100) {
      p.add(new FieldProblem("criteria", "weights must sum to 100 but sum to " + sum));
    }
  }

  private static void vendors(List<FieldProblem> p, List<RfpDraft.InvitedVendor> list) {
    if (list.isEmpty()) {
      p.add(new FieldProblem("vendors", "needs at least one invited vendor"));
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      RfpDraft.InvitedVendor v = list.get(i);
      String f = "vendors[" + i + "]";
      if (isNull(p, f, v)) {
        continue;
      }
      if (v.code() == null || !VENDOR_CODE.matcher(v.code()).matches()) {
        p.add(new FieldProblem(f + ".code", PmoGroups.VENDOR_CODE_RULE));
      } else if (!codes.add(v.code())) {
        p.add(new FieldProblem(f + ".code", "is invited twice: " + v.code()));
      }
      text(p, f + ".name", v.name(), 200);
      if (v.email() == null || !EMAIL.matcher(v.email()).matches()) {
        p.add(new FieldProblem(f + ".email", "must be an e-mail address"));
      } else if (v.email().length() > 320) {
        p.add(new FieldProblem(f + ".email", "must be at most 320 characters"));
      }
    }
  }

  private static void evaluators(
      List<FieldProblem> p, List<String> list, Predicate<String> isEvaluator) {
    if (list.isEmpty()) {
      p.add(new FieldProblem("evaluators", "needs at least one evaluator"));
      return;
    }
    if (new HashSet<>(list).size() != list.size()) {
      p.add(new FieldProblem("evaluators", "names an evaluator twice"));
    }
    for (int i = 0; i < list.size(); i++) {
      if (isNull(p, "evaluators[" + i + "]", list.get(i))) {
        continue;
      }
      if (!isEvaluator.test(list.get(i))) {
        p.add(new FieldProblem("evaluators[" + i + "]", "is not a user of the evaluators' group: " + list.get(i)));
      }
    }
  }

  /** The problems as one sentence for a form's error message. */
  public static String describe(List<FieldProblem> problems) {
    return Text.of("rfp.refused.draft", problems.stream()
            .map(p -> inWords(p.field()) + " " + p.message())
            .collect(java.util.stream.Collectors.joining(Text.of("form.separator").inRequestLanguage())))
        .inRequestLanguage();
  }

  private static final Pattern ITEM = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.?");

  /** The drafting form's labels for the draft's fields, so that a refusal names what the person sees. */
  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("projectId", "Project"),
      Map.entry("title", "Title"),
      Map.entry("background", "Background"),
      Map.entry("scope", "Scope"),
      Map.entry("requirements", "Requirements"),
      Map.entry("deliverables", "Deliverables"),
      Map.entry("milestones", "The schedule's dates"),
      Map.entry("milestones.issueDate", "Issue date"),
      Map.entry("milestones.questionDeadline", "Question deadline"),
      Map.entry("milestones.proposalDeadline", "Proposal deadline"),
      Map.entry("milestones.awardDate", "Award date"),
      Map.entry("milestones.projectStart", "Project start"),
      Map.entry("milestones.projectEnd", "Project end"),
      Map.entry("criteria", "Evaluation criteria"),
      Map.entry("vendors", "Invited vendors"),
      Map.entry("evaluators", "Evaluators"));

  /**
   * {@code requirements[1].id} as a person reads the form: its label, and the rows of a list counted
   * from one: {@code Requirements, row 2: id}.
   */
  private static String inWords(String field) {
    String labelled = LABELS.containsKey(field) ? FormTexts.label(LABELS.get(field)) : field;
    Matcher item = ITEM.matcher(labelled);
    return item.replaceAll(m -> Matcher.quoteReplacement(Text.of("rfp.row", FormTexts.label(LABELS.getOrDefault(m.group(1), m.group(1))),
        String.valueOf(Integer.parseInt(m.group(2)) + 1)).inRequestLanguage() + (m.group().endsWith(".") ? ": " : ":")));
  }
}
