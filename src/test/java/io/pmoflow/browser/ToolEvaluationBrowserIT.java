package io.pmoflow.browser;

import com.icegreen.greenmail.util.GreenMail;
import io.pmoflow.support.PostgresIntegrationTest;
import io.pmoflow.support.Projects;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tool evaluation in Tasklist from the PM's request to the accepted recommendation and the spec
 * change it asks for ({@link ToolEvaluationJourney}); the pictures illustrate
 * docs/manual/tool-evaluation.md.
 */
@PostgresIntegrationTest
class ToolEvaluationBrowserIT {

  static final ToolEvaluationJourney.Words ENGLISH = new ToolEvaluationJourney.Words(
      "",
      "Sales data platform",
      Projects.ORDER_PORTAL_SPEC,
      "Which BI tool fits the data requests of sales and finance?",
      "lakeview | LakeView BI | 120000\ntablo | Tablo Cloud | 90000",
      "Ease of use | 60\nSpeed | 30",
      "Ease of use | 60\nSpeed | 40",
      "Masked copy for 20 days on the evaluation server; within capacity.",
      "The customer contacts are masked; the sales department agrees to the trial.",
      "Ease of use | 4 | built the monthly sales report alone in an hour\nSpeed | 2 | the order list took 20 seconds to filter",
      "Ease of use | 3 | needed help to join orders and regions\nSpeed | 4 | fast on every report",
      "Ease of use | 5 | the drag-and-drop report builder is clear\nSpeed | 5 | instant on 240 orders",
      "Ease of use | 3 | the formulas are hard to find\nSpeed | 4 | fast",
      "Evan filtered the whole order list; Ella only the first page. With the same test LakeView is fast enough: Speed 4 is fair.",
      "LakeView BI fits: the sales team built its monthly report alone, and finance can reuse it. Tablo is cheaper but needs help for every join.",
      "Licence per user: 120,000 yen a month for up to 20 users; more users cost extra.",
      "FUN-ORDER: Orders",
      "Order reports in LakeView BI",
      "Enter an order\nConfirm it\nSee it in the monthly sales report in LakeView BI",
      "Sales wants the orders in the report tool the evaluation chose.");

  @RegisterExtension static BrowserSession browser = new BrowserSession();

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired GreenMail greenMail;

  @Test
  void fromTheRequestToTheAcceptedRecommendationAndItsSpecChange() {
    new ToolEvaluationJourney(new JourneySteps(browser, http, tasks, port), http, tasks, runtime, history, management, greenMail, ENGLISH)
        .walk("EVB-" + ThreadLocalRandom.current().nextInt(100000, 999999));
  }
}
