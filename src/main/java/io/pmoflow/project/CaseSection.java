package io.pmoflow.project;

import io.pmoflow.pages.CaseRow;
import java.util.List;

/**
 * One kind of case on a project's page.
 *
 * @param heading a text of the pages' bundle
 * @param shown false when the person's role sees none of this kind (the page says so)
 */
public record CaseSection(String heading, List<CaseRow> rows, boolean shown) {}
