package io.pmoflow.project;

import java.util.List;

/** A term of the dictionary as its project's page shows it: the term now and every definition it had. */
public record TermLine(DictionaryTerm term, List<TermRevisionView> history) {}
