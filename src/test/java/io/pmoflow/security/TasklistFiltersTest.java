package io.pmoflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.pmoflow.support.ProcessTestEngine;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The filters everybody gets are made once, found by their English names, and keep those names. */
class TasklistFiltersTest {

  @RegisterExtension static ProcessEngineExtension engine = ProcessTestEngine.forFixtures();

  private FilterService filterService() {
    return engine.getFilterService();
  }

  private TasklistFilters filters() {
    return new TasklistFilters(filterService(), engine.getTaskService(), new Grants(engine.getAuthorizationService()));
  }

  @AfterEach
  void removeThem() {
    filterService().createFilterQuery().list().forEach(filter -> filterService().deleteFilter(filter.getId()));
    engine.getAuthorizationService().createAuthorizationQuery().list()
        .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
  }

  @Test
  void theFiltersAreMadeOnceForEveryGroup() {
    filters().grantTo("pmo");
    filters().grantTo("security");
    assertThat(filterService().createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "My groups' tasks");
  }

  @Test
  void aFilterSavedWithItsJapaneseNameFromAJapaneseTasklistIsNamedInEnglishAgainNotMadeTwice() {
    filters().grantTo("pmo");
    Filter mine = filterService().createFilterQuery().filterName("My tasks").singleResult();
    filterService().saveFilter(mine.setName("自分のタスク"));

    filters().grantTo("pmo");

    assertThat(filterService().createFilterQuery().list()).extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "My groups' tasks");
    assertThat(filterService().getFilter(mine.getId()).getName()).isEqualTo("My tasks");
  }
}
