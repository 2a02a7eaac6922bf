package io.pmoflow.evaluation.environment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataSetCatalogueTest {

  @Test
  void theShippedSetsAreCountedAndClassifiedByTheirColumns() throws Exception {
    DataSetCatalogue catalogue = new DataSetCatalogue(new ObjectMapper());
    DataSetCatalogue.Entry sales = catalogue.entry("department-sales").orElseThrow();
    assertThat(sales.dataSet().rows()).isEqualTo(240);
    assertThat(sales.dataSet().personalData()).isTrue();
    assertThat(sales.columns()).filteredOn(column -> column.personal() != null)
        .extracting(DataSetCatalogue.Column::name).containsExactly("customer_name", "customer_email", "customer_phone");
    assertThat(catalogue.entry("product-catalogue").orElseThrow().dataSet().personalData()).isFalse();
    assertThat(catalogue.entry("../etc/passwd")).isEmpty();

    // the start form offers exactly the catalogue's data sets
    com.fasterxml.jackson.databind.JsonNode form = new ObjectMapper().readTree(java.nio.file.Path.of("forms/evaluation-start.form").toFile());
    List<String> offered = new ArrayList<>();
    form.get("components").forEach(component -> {
      if ("dataSet".equals(component.path("key").asText())) {
        component.get("values").forEach(value -> offered.add(value.get("value").asText()));
      }
    });
    assertThat(offered).containsExactlyInAnyOrderElementsOf(
        catalogue.dataSets().stream().map(EvaluationEnvironments.DataSet::code).toList());

    List<List<String>> rows = new ArrayList<>();
    catalogue.readRows(sales, rows::add);
    assertThat(rows).hasSize(240).allSatisfy(row -> assertThat(row).hasSize(sales.columns().size()));
  }
}
