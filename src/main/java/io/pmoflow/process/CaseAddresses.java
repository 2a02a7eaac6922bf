package io.pmoflow.process;

import io.pmoflow.web.PublicAddress;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that says where a case is followed, for mails and for Tasklist's message after a
 * start: the process's readable page of the case if it has one ({@link CasePage}), else Tasklist's
 * search for the case's tasks by its business key. Every address starts with {@code pmoflow.base-url}.
 */
@Component
public class CaseAddresses {

  private final PublicAddress address;
  private final List<CasePage> pages;

  public CaseAddresses(PublicAddress address, List<CasePage> pages) {
    this.address = address;
    this.pages = pages;
  }

  public CaseFollowUp of(String processDefinitionKey, String businessKey) {
    String tasks = address.tasklistCase(businessKey);
    String follow = pages.stream()
        .map(page -> page.path(processDefinitionKey, businessKey))
        .flatMap(Optional::stream)
        .findFirst()
        .map(path -> address.baseUrl() + path)
        .orElse(tasks);
    return new CaseFollowUp(businessKey, follow, tasks);
  }
}
