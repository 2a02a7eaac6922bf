package plaincamunda;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The peer's onboarding: the engine work of PMO Flow's {@code vendor-onboarding} and
 * {@code vendor-member-onboarding}, written as a plain Camunda developer would, so that the
 * benchmark compares PMO Flow's onboarding with the same engine work rather than with a one-task
 * start.
 *
 * <p>The same elements where the engine does work: the members are stored and each gets a member
 * process from a parallel multi-instance call activity (async after each member), the member
 * process starts asynchronously, loads the member, passes a gateway that could send it to an
 * approval task, creates the account in a job of its own (a Camunda user and membership, as PMO
 * Flow's account step does), adds the role, queues the activation mail and ends; the parent then
 * queues the access summary to two recipients and waits in a "contract running" sub-process with
 * the contract-end timer, two reminder timers and a "contract extended" message, beside two
 * message event sub-processes for members who join or leave. Mails are rows in a table here (PMO
 * Flow's are rows in its outbox, which it then also sends over SMTP), and accounts live only in
 * the engine's identity tables (PMO Flow also writes them to its directory).
 */
final class PeerOnboarding {

  static final String PROCESS = "peer-onboarding";
  static final String MEMBER_PROCESS = "peer-member";

  private PeerOnboarding() {}

  static BpmnModelInstance onboarding() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Peer onboarding (benchmark)")
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_Requested").name("Onboarding requested")
        .serviceTask("Task_StoreMember").name("Store the member").camundaDelegateExpression("${peerStoreMember}")
        .callActivity("CallActivity_Members").name("Onboard each member").calledElement(MEMBER_PROCESS)
          .camundaIn("memberId", "memberId")
          .multiInstance().parallel().camundaCollection("${peerMembers.ids(memberIds)}").camundaElementVariable("memberId")
            .camundaAsyncAfter().multiInstanceDone()
        .serviceTask("Task_Summary").name("Queue the access summary").camundaDelegateExpression("${peerQueueSummary}")
        .subProcess("SubProcess_ContractRunning").name("Contract running").embeddedSubProcess()
          .startEvent("Event_ContractRuns")
          .intermediateCatchEvent("Event_ContractEnds").timerWithDate("${contractEnd}")
          .endEvent("Event_ContractOver")
        .subProcessDone()
        .endEvent("Event_Closed")
        .moveToActivity("SubProcess_ContractRunning")
        .boundaryEvent("Event_Extended").message("peer-contract-extended").endEvent("Event_ExtendedEnd")
        .moveToActivity("SubProcess_ContractRunning")
        .boundaryEvent("Event_FirstReminder").cancelActivity(false).timerWithDuration("P300D")
          .serviceTask("Task_RemindFirst").camundaDelegateExpression("${peerQueueReminder}").endEvent("Event_RemindedFirst")
        .moveToActivity("SubProcess_ContractRunning")
        .boundaryEvent("Event_LastReminder").cancelActivity(false).timerWithDuration("P330D")
          .serviceTask("Task_RemindLast").camundaDelegateExpression("${peerQueueReminder}").endEvent("Event_RemindedLast")
        .done();
    org.camunda.bpm.model.bpmn.instance.Process process = model.getModelElementById(PROCESS);
    process.builder().eventSubProcess("SubProcess_MemberJoins")
        .startEvent("Event_MemberAdded").interrupting(false).message("peer-member-added").endEvent("Event_Joined");
    process.builder().eventSubProcess("SubProcess_MemberLeaves")
        .startEvent("Event_MemberRemoved").interrupting(false).message("peer-member-removed").endEvent("Event_Left");
    return model;
  }

  static BpmnModelInstance member() {
    return Bpmn.createExecutableProcess(MEMBER_PROCESS).name("Peer member onboarding (benchmark)")
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_MemberToOnboard").camundaAsyncBefore()
        .serviceTask("Task_LoadMember").name("Load the member").camundaDelegateExpression("${peerLoadMember}")
        .exclusiveGateway("Gateway_ApprovalNeeded").name("Approval needed?")
          .condition("yes", "${approvalNeeded}")
          .userTask("Task_Approve").name("Approve access").camundaCandidateGroups(PlainCamundaPeer.GROUP)
          .serviceTask("Task_CreateAccount").name("Create the account").camundaAsyncBefore()
            .camundaDelegateExpression("${peerCreateAccount}")
        .moveToNode("Gateway_ApprovalNeeded").condition("no", "${!approvalNeeded}").connectTo("Task_CreateAccount")
        .moveToActivity("Task_CreateAccount")
        .serviceTask("Task_Grant").name("Add to the role").camundaDelegateExpression("${peerGrantRole}")
        .serviceTask("Task_Activation").name("Queue the activation mail").camundaDelegateExpression("${peerQueueActivation}")
        .endEvent("Event_MemberOnboarded")
        .done();
  }
}
