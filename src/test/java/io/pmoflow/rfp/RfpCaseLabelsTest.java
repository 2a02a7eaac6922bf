package io.pmoflow.rfp;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** RFPs started before task names showed the case get their label at start-up, once. */
class RfpCaseLabelsTest {

  @Test
  void aRunningRfpWithoutItsLabelGetsItAndALabelledOneIsLeftAlone() throws Exception {
    RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    ProcessInstance old = mock(ProcessInstance.class);
    when(old.getId()).thenReturn("old");
    ProcessInstance labelled = mock(ProcessInstance.class);
    when(labelled.getId()).thenReturn("new");
    when(runtime.createProcessInstanceQuery().processDefinitionKey(RfpVariables.PROCESS_KEY).list())
        .thenReturn(List.of(old, labelled));
    when(runtime.getVariable("old", RfpVariables.RFP_ID)).thenReturn(3L);
    when(runtime.getVariable("new", RfpVariables.CASE_LABEL)).thenReturn("RFP-4 Hosting");
    RfpRepository rfps = mock(RfpRepository.class);
    when(rfps.findById(3L)).thenReturn(Optional.of(RfpFormTextsTest.rfp()));

    new RfpCaseLabels(runtime, rfps).labelRunningRfps();

    verify(runtime).setVariable("old", RfpVariables.CASE_LABEL, "RFP-3 Customer relationship system");
    verify(runtime, never()).setVariable(org.mockito.ArgumentMatchers.eq("new"), anyString(), any());
  }
}
