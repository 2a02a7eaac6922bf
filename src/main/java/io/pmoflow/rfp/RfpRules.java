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
      p.add(FieldProblem.of("projectId", "rule.required"));
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
      p.add(FieldProblem.of(field, "rule.passed", deadline.toString()));
    }
  }

  /** A {@code null} in a list: adds its problem and says so. */
  private static boolean isNull(List<FieldProblem> p, String field, Object element) {
    if (element == null) {
      p.add(FieldProblem.of(field, "rule.not-null"));
    }
    return element == null;
  }

  private static void text(List<FieldProblem> p, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      p.add(FieldProblem.of(field, "rule.required"));
    } else if (value.length() > max) {
      p.add(FieldProblem.of(field, "rule.max-characters", String.valueOf(max)));
    }
  }

  private static void requirements(List<FieldProblem> p, List<Requirement> list) {
    if (list.isEmpty()) {
      p.add(FieldProblem.of("requirements", "rfp.rule.one-requirement"));
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
        p.add(FieldProblem.of(f + ".id", "rfp.rule.requirement-id"));
      } else if (!ids.add(r.id().toLowerCase(Locale.ROOT))) {
        p.add(FieldProblem.of(f + ".id", "rule.used-twice", r.id()));
      }
      if (r.priority() == null) {
        p.add(FieldProblem.of(f + ".priority", "rfp.rule.priority"));
      }
      if (r.kind() == null) {
        p.add(FieldProblem.of(f + ".kind", "rfp.rule.kind"));
      }
      text(p, f + ".text", r.text(), 4000);
    }
    if (list.stream().noneMatch(r -> r != null && r.priority() == Priority.MUST)) {
      p.add(FieldProblem.of("requirements", "rfp.rule.one-must"));
    }
  }

  private static void deliverables(List<FieldProblem> p, List<Deliverable> list) {
    if (list.isEmpty()) {
      p.add(FieldProblem.of("deliverables", "rfp.rule.one-deliverable"));
    }
    for (int i = 0; i < list.size(); i++) {
      if (isNull(p, "deliverables[" + i + "]", list.get(i))) {
        continue;
      }
      text(p, "deliverables[" + i + "].name", list.get(i).name(), 200);
      if (list.get(i).description() != null && list.get(i).description().length() > 4000) {
        p.add(FieldProblem.of("deliverables[" + i + "].description", "rule.max-characters", "4000"));
      }
    }
  }

  private static void milestones(List<FieldProblem> p, RfpDraft.Milestones m) {
    if (m == null) {
      p.add(FieldProblem.of("milestones", "rfp.rule.milestones"));
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
      p.add(FieldProblem.of("milestones.questionDeadline", "rfp.rule.after-issue"));
    }
    if (!m.proposalDeadline().isAfter(m.questionDeadline())) {
      p.add(FieldProblem.of("milestones.proposalDeadline", "rfp.rule.after-questions"));
    }
    if (!startOf(m.awardDate()).isAfter(m.proposalDeadline())) {
      p.add(FieldProblem.of("milestones.awardDate", "rfp.rule.after-proposals"));
    }
    if (m.projectStart().isBefore(m.awardDate())) {
      p.add(FieldProblem.of("milestones.projectStart", "rfp.rule.after-award"));
    }
    if (!m.projectEnd().isAfter(m.projectStart())) {
      p.add(FieldProblem.of("milestones.projectEnd", "rfp.rule.after-start"));
    }
  }

  private static Instant startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static void required(List<FieldProblem> p, String field, Object value) {
    if (value == null) {
      p.add(FieldProblem.of(field, "rule.required"));
    }
  }

  private static void criteria(List<FieldProblem> p, List<Criterion> list) {
    if (list.isEmpty()) {
      p.add(FieldProblem.of("criteria", "rfp.rule.one-criterion"));
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
        p.add(FieldProblem.of(f + ".name", "rule.used-twice", c.name()));
      }
      if (c.weight() < 1 || c.weight() > 100) {
        p.add(FieldProblem.of(f + ".weight", "rfp.rule.weight"));
      }
      sum += c.weight();
    }
    if (sum != 100) {
      p.add(FieldProblem.of("criteria", "rfp.rule.weights-sum", String.valueOf(sum)));
    }
  }

  private static void vendors(List<FieldProblem> p, List<RfpDraft.InvitedVendor> list) {
    if (list.isEmpty()) {
      p.add(FieldProblem.of("vendors", "rfp.rule.one-vendor"));
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
        p.add(FieldProblem.of(f + ".code", "rule.vendor-code"));
      } else if (!codes.add(v.code())) {
        p.add(FieldProblem.of(f + ".code", "rfp.rule.invited-twice", v.code()));
      }
      text(p, f + ".name", v.name(), 200);
      if (v.email() == null || !EMAIL.matcher(v.email()).matches()) {
        p.add(FieldProblem.of(f + ".email", "rule.email"));
      } else if (v.email().length() > 320) {
        p.add(FieldProblem.of(f + ".email", "rule.max-characters", "320"));
      }
    }
  }

  private static void evaluators(
      List<FieldProblem> p, List<String> list, Predicate<String> isEvaluator) {
    if (list.isEmpty()) {
      p.add(FieldProblem.of("evaluators", "rfp.rule.one-evaluator"));
      return;
    }
    if (new HashSet<>(list).size() != list.size()) {
      p.add(FieldProblem.of("evaluators", "rfp.rule.evaluator-twice"));
    }
    for (int i = 0; i < list.size(); i++) {
      if (isNull(p, "evaluators[" + i + "]", list.get(i))) {
        continue;
      }
      if (!isEvaluator.test(list.get(i))) {
        p.add(FieldProblem.of("evaluators[" + i + "]", "rfp.rule.not-an-evaluator", list.get(i)));
      }
    }
  }

  /** The problems as one sentence for a form's error message. */
  public static String describe(List<FieldProblem> problems) {
    return Text.of("rfp.refused.draft", problems.stream()
            .map(p -> Text.of("rfp.problem", inWords(p.field()), p.message()).inRequestLanguage())
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
    String labelled = LABELS.containsKey(field) ? label(field) : field;
    Matcher item = ITEM.matcher(labelled);
    return item.replaceAll(m -> Matcher.quoteReplacement(Text.of(m.group().endsWith(".") ? "rfp.row-field" : "rfp.row",
        label(m.group(1)), String.valueOf(Integer.parseInt(m.group(2)) + 1)).inRequestLanguage()));
  }

  /** A field's label as the person's drafting form shows it (the lists' names are the bundle's). */
  private static String label(String field) {
    Text list = LISTS.get(field);
    if (list != null) {
      return list.inRequestLanguage();
    }
    return FormTexts.label(LABELS.getOrDefault(field, field));
  }

  /** Lists whose name in a refusal is shorter than their label on the form. */
  private static final Map<String, Text> LISTS = Map.of(
      "milestones", Text.of("rfp.list.milestones"),
      "criteria", RfpDraftLines.CRITERIA);

}
