package io.pmoflow.listing;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.web.FieldProblem;
import io.pmoflow.web.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListInputTest {

  enum Colour { RED, GREEN }

  static final SortColumns SORT = new SortColumns("t.id").field("name", "t.name").field("due", "t.due_at").byDefault("name,asc");

  @Test
  void defaultsWhenNothingIsAsked() {
    ListInput input = new ListInput();
    Paging paging = input.paging(new PageParameters(null, " ", null), SORT);
    input.throwIfAny();
    assertThat(paging).isEqualTo(new Paging(0, Paging.DEFAULT_SIZE, "t.name asc, t.id asc"));
  }

  @Test
  void sortPicksAWhitelistedColumnAndNeverCopiesTheText() {
    ListInput input = new ListInput();
    assertThat(input.paging(new PageParameters("3", "100", "due,DESC"), SORT))
        .isEqualTo(new Paging(3, 100, "t.due_at desc, t.id desc"));
    input.throwIfAny();
    for (String bad : List.of("t.name,asc", "name,asc,extra", "name,up", "name;delete from t", ",asc")) {
      ListInput other = new ListInput();
      other.paging(new PageParameters(null, null, bad), SORT);
      assertThat(problems(other)).as(bad).extracting(FieldProblem::field).containsExactly("sort");
    }
  }

  @Test
  void pageAndSizeMustBeInRange() {
    ListInput input = new ListInput();
    input.paging(new PageParameters("-1", "101", null), SORT);
    assertThat(problems(input)).extracting(FieldProblem::field).containsExactly("page", "size");
    ListInput huge = new ListInput();
    huge.paging(new PageParameters(String.valueOf(Paging.MAX_PAGE + 1), "99999999999", null), SORT);
    assertThat(problems(huge)).extracting(FieldProblem::field).containsExactly("page", "size");
  }

  @Test
  void filtersAreReadOrNamed() {
    ListInput input = new ListInput();
    assertThat(input.oneOrMoreOf("colour", "red, GREEN,red", Colour.class)).containsExactly(Colour.RED, Colour.GREEN);
    assertThat(input.id("project", " 7 ")).isEqualTo(7L);
    assertThat(input.text("q", "  crm ")).isEqualTo("crm");
    assertThat(input.userId("pm", "peter")).isEqualTo("peter");
    assertThat(input.oneOrMoreOf("colour", null, Colour.class)).isEmpty();
    input.throwIfAny();

    ListInput bad = new ListInput();
    bad.oneOrMoreOf("colour", "RED,BLUE", Colour.class);
    bad.id("project", "0");
    bad.text("q", "x".repeat(ListInput.MAX_TEXT + 1));
    bad.userId("pm", "peter' --");
    assertThat(problems(bad)).extracting(FieldProblem::field).containsExactly("colour", "project", "q", "pm");
    assertThat(problems(bad).get(0).message()).contains("RED, GREEN");
  }

  private static List<FieldProblem> problems(ListInput input) {
    try {
      input.throwIfAny();
    } catch (InvalidInputException e) {
      return e.fieldProblems();
    }
    throw new AssertionError("the input was accepted");
  }
}
