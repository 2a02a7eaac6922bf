package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadablePageTest {

  @Test
  void sectionsInOrderEmptyOnesLeftOutEveryTextEscaped() {
    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("Status", "DRAFT");
    sections.put("Scope", " ");
    sections.put("Comments", null);
    sections.put("History", "<script>alert(1)</script> & more");
    String page = ReadablePage.of("RFP-3 <b>Scanners</b>", sections);
    assertThat(page).contains("<title>RFP-3 &lt;b&gt;Scanners&lt;/b&gt;</title>", "<h1>RFP-3 &lt;b&gt;Scanners&lt;/b&gt;</h1>",
        "<h2>Status</h2><pre>DRAFT</pre><h2>History</h2><pre>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</pre>");
    assertThat(page).doesNotContain("Scope", "Comments", "<script>");
  }
}
