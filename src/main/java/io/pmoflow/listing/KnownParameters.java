package io.pmoflow.listing;

import io.pmoflow.web.FieldProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Refuses query parameters a list does not know. A misspelt filter ({@code projectManger=peter})
 * would otherwise be ignored and answer the whole list as if it had been applied.
 */
public final class KnownParameters {

  private KnownParameters() {}

  /** 400 naming each parameter that is not a component of one of the parameter records. */
  public static void check(HttpServletRequest request, Class<?>... parameterRecords) {
    Set<String> known =
        Arrays.stream(parameterRecords)
            .flatMap(type -> Stream.of(type.getRecordComponents()))
            .map(component -> component.getName())
            .collect(Collectors.toSet());
    FieldProblems problems = new FieldProblems();
    for (String name : new TreeSet<>(Collections.list(request.getParameterNames()))) {
      problems.addIf(!known.contains(name), name, "is not a parameter of this list; it takes " + String.join(", ", new TreeSet<>(known)));
    }
    problems.throwIfAny();
  }
}
