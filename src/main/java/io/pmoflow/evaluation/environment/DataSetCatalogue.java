package io.pmoflow.evaluation.environment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmoflow.evaluation.environment.EvaluationEnvironments.DataSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The data sets an environment may be loaded with: {@code evaluation/data-sets.json} names each set,
 * its file (a CSV in {@code evaluation/data-sets/}, first line the column names) and its columns with
 * their SQL type and, for the personal ones, how they are masked. A set holds personal data when one
 * of its columns is personal; its rows are counted from the file.
 */
@Component
class DataSetCatalogue {

  static final String FOLDER = "evaluation/data-sets/";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final Set<String> TYPES = Set.of("text", "integer", "bigint", "numeric", "date");

  /** A column of a data set; {@code personal} is how it is masked, or null. */
  record Column(String name, String type, Masking personal) {}

  /** A data set with what loading it needs. */
  record Entry(DataSet dataSet, String file, List<Column> columns) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  DataSetCatalogue(ObjectMapper json) throws IOException {
    try (InputStream in = new ClassPathResource("evaluation/data-sets.json").getInputStream()) {
      for (var set : json.readTree(in).get("dataSets")) {
        List<Column> columns = new ArrayList<>();
        for (var column : set.get("columns")) {
          columns.add(column(column.get("name").asText(), column.get("type").asText(),
              column.hasNonNull("personal") ? Masking.valueOf(column.get("personal").asText().toUpperCase(java.util.Locale.ROOT)) : null));
        }
        String code = set.get("code").asText();
        String file = set.get("file").asText();
        boolean personal = columns.stream().anyMatch(column -> column.personal() != null);
        DataSet dataSet = new DataSet(code, set.get("name").asText(), countRows(file, columns), personal, set.get("productionCopy").asBoolean());
        entries.put(code, new Entry(dataSet, file, List.copyOf(columns)));
      }
    }
  }

  List<DataSet> dataSets() {
    return entries.values().stream().map(Entry::dataSet).toList();
  }

  Optional<Entry> entry(String code) {
    return Optional.ofNullable(code == null ? null : entries.get(code));
  }

  /** Hands each row of the set's file (the values in column order) to the consumer. */
  void readRows(Entry entry, Consumer<List<String>> row) {
    readRows(entry.file(), entry.columns(), row);
  }

  private static long countRows(String file, List<Column> columns) {
    long[] rows = {0};
    readRows(file, columns, values -> rows[0]++);
    return rows[0];
  }

  private static void readRows(String file, List<Column> columns, Consumer<List<String>> row) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(FOLDER + file).getInputStream(), StandardCharsets.UTF_8))) {
      List<String> header = CsvLine.split(in.readLine());
      if (!header.equals(columns.stream().map(Column::name).toList())) {
        throw new IllegalStateException("The columns of " + file + " are " + header + ", not those the catalogue names");
      }
      String line;
      int number = 1;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        List<String> values = CsvLine.split(line);
        if (values.size() != columns.size()) {
          throw new IllegalStateException(file + " line " + number + " has " + values.size() + " values, not " + columns.size());
        }
        row.accept(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the data set file " + file, e);
    }
  }

  // names and types go into SQL (quoted as well): only plain ones are accepted
  private static Column column(String name, String type, Masking personal) {
    if (!NAME.matcher(name).matches() || !TYPES.contains(type)) {
      throw new IllegalStateException("Data set column " + name + " " + type + ": names are [a-z][a-z0-9_]*, types one of " + TYPES);
    }
    return new Column(name, type, personal);
  }
}
