package io.pmoflow.forms;

import io.pmoflow.i18n.Text;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A person can change only what their form shows them, by every route into the engine: Tasklist,
 * the engine REST API and the application's own code acting for a logged-in user.
 *
 * <p>Camunda lets whoever may work a task send any variable with its completion, and those land on
 * the process instance where gateways read them. This command interceptor holds every command a
 * logged-in person (not an administrator) issues against the Camunda Form of its task or start
 * event:
 *
 * <ul>
 *   <li>completing a task ({@code complete}, {@code submit-form}, {@code resolve}) accepts only the
 *       form's editable fields, with values of the right kind among the form's choices; read-only
 *       fields sent back unchanged are dropped, changed ones refused;
 *   <li>a task assigned to one person is completed, claimed away, delegated or reassigned by no one
 *       else;
 *   <li>variables cannot be set, changed or deleted outside a completion;
 *   <li>reading a task's variables answers only what its form shows;
 *   <li>a start takes only the start form's fields; starting elsewhere than at the start event,
 *       moving tokens, correlating messages and sending signals are for administrators.
 * </ul>
 *
 * <p>The application's own engine calls that pass values it computed itself (a start from the
 * application API with the ids of what it has just written) run inside {@link #asApplication}.
 * Refusals of the form's input thrown by task or start listeners are unwrapped from the engine's
 * "exception while invoking the listener" so that callers get the plain-words message as a 400.
 */
public class FormInputGuard extends CommandInterceptor {

  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);
  private static final ThreadLocal<Boolean> APPLICATION = ThreadLocal.withInitial(() -> false);
  /** Commands that bypass the start event or reach into a running instance from outside. */
  private static final Set<String> ADMINISTRATORS_ONLY =
      Set.of(
          "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd",
          "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationBatchCmd",
          "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd", "CorrelateMessageCmd",
          "CorrelateAllMessageCmd", "MessageEventReceivedCmd", "SignalEventReceivedCmd", "SignalCmd",
          "SetExecutionVariablesAsyncCmd");

  private final DeployedForms forms = new DeployedForms();
  private final ShownTextSource shownTexts;

  /** {@code shownTexts}: the texts forms show that no variable holds (see {@link ShownTextSource}). */
  FormInputGuard(ShownTextSource shownTexts) {
    this.shownTexts = shownTexts;
  }

  /**
   * Runs engine calls in which the application passes values it computed and checked itself, on
   * behalf of the logged-in user (whose engine authorizations still apply).
   */
  public static <T> T asApplication(Supplier<T> work) {
    boolean before = APPLICATION.get();
    APPLICATION.set(true);
    try {
      return work.get();
    } finally {
      APPLICATION.set(before);
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    int depth = DEPTH.get();
    DEPTH.set(depth + 1);
    try {
      if (depth > 0) {
        return next.execute(command);
      }
      CommandContext context = Context.getCommandContext();
      Authentication user = context.getAuthentication();
      if (user != null && !APPLICATION.get() && !context.getAuthorizationManager().isCamundaAdmin(user)) {
        return guarded(command, context, user.getUserId());
      }
      if (command instanceof CompleteTaskCmd) {
        writeLikeTheForm(context, command);
      } else if (command instanceof SubmitTaskFormCmd) {
        writeOnTask(context, command, "properties");
      }
      if (isVariableRead(command)) {
        return cast(withShownTexts(context, command, next.execute(command)));
      }
      return next.execute(command);
    } catch (ProcessEngineException e) {
      throw depth == 0 ? formRefusalIn(e) : e;
    } finally {
      if (depth == 0) {
        DEPTH.remove();
      } else {
        DEPTH.set(depth);
      }
    }
  }

  private <T> T guarded(Command<T> command, CommandContext context, String user) {
    if (command instanceof CompleteTaskCmd) {
      // also resolve, which completes a delegated task
      TaskEntity task = task(context, command);
      if (task != null) {
        requireAssigneeOrNone(task, user, "complete");
        CommandFields.set(command, "variables", accepted(context, task, CommandFields.get(command, "variables")));
        writeLikeTheForm(context, command);
      }
    } else if (command instanceof SubmitTaskFormCmd) {
      TaskEntity task = task(context, command);
      if (task != null) {
        requireAssigneeOrNone(task, user, "complete");
        CommandFields.set(
            command, "properties", Variables.fromMap(accepted(context, task, CommandFields.get(command, "properties"))));
        writeOnTask(context, command, "properties");
      }
    } else if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd
        || command instanceof AbstractAddIdentityLinkCmd || command instanceof SaveTaskCmd) {
      TaskEntity task = command instanceof SaveTaskCmd ? savedTask(context, command) : task(context, command);
      if (task != null && isPersonal(task)) {
        throw new AuthorizationException(
            "This task is " + task.getAssignee() + "'s own and cannot be passed on or taken over.");
      }
    } else if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      throw new AuthorizationException(
          "Variables are changed only by completing a task with its form; " + user + " may not change them directly.");
    } else if (command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd) {
      requireOwnerOfPersonal(context, command, user);
      FormSpec form = formOf(context, command);
      // fetch only what the form shows (and the caller asked for): nothing else is read or deserialized
      String names = command instanceof GetTaskVariablesCmd ? "variableNames" : "formVariableNames";
      Collection<String> asked = CommandFields.get(command, names);
      List<String> shown = form == null ? List.of() : form.shownNames().stream()
          .filter(name -> asked == null || asked.contains(name)).toList();
      CommandFields.set(command, names, ShownTexts.toFetch(shown));
      VariableMap variables = (VariableMap) next.execute(command);
      if (variables != null) {
        addShownTexts(context, command, variables, ShownTexts.toFetch(shown));
        ShownTexts.inRequestLanguage(variables);
        variables.keySet().removeIf(name -> form == null || !form.shows(name));
      }
      return cast(variables);
    } else if (command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped) {
      requireOwnerOfPersonal(context, command, user);
      FormSpec form = formOf(context, command);
      String name = CommandFields.get(command, "variableName");
      if (form == null || !form.shows(name)) {
        return null;
      }
      TaskEntity task = task(context, command);
      String read = ShownTexts.nameToRead(name);
      if (!read.equals(name) && task != null && task.hasVariable(read)) {
        CommandFields.set(command, "variableName", read);
      }
      // the command reads first: it checks that the user may read the task at all
      Object value = next.execute(command);
      if (value == null && task != null && !task.hasVariable(name)) {
        Object text = ShownTexts.read(shownTexts.texts(task), name);
        return cast(command instanceof GetTaskVariableCmdTyped ? typed(text) : text);
      }
      return cast(value);
    } else if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start = CommandFields.get(command, "instantiationBuilder");
      ProcessDefinitionEntity definition = definition(context, start.getProcessDefinitionId(), start.getProcessDefinitionKey());
      replace(start.getModificationBuilder().getProcessVariables(), startAccepted(context, definition, start.getVariables()));
    } else if (command instanceof SubmitStartFormCmd) {
      ProcessDefinitionEntity definition = definition(context, CommandFields.get(command, "processDefinitionId"), null);
      VariableMap variables = CommandFields.get(command, "variables");
      replace(variables, startAccepted(context, definition, variables));
    } else if (ADMINISTRATORS_ONLY.contains(command.getClass().getSimpleName())) {
      throw new AuthorizationException(
          user + " may not do this: only the application and administrators start processes elsewhere than at"
              + " their start, move them, or send them messages and signals.");
    }
    return next.execute(command);
  }

  /**
   * Makes {@code complete} keep what {@code submit-form} keeps: Camunda's complete writes every
   * variable on the execution, past a task-local variable of the same name (a field the task's
   * listener filled in for the form), so the person's edit would be lost. Such values, and those of
   * fields the form gets from a {@link ShownTextSource}, are written on the task here.
   */
  private void writeLikeTheForm(CommandContext context, Command<?> command) {
    writeOnTask(context, command, "variables");
  }

  /**
   * Writes the submitted values of fields the task holds itself (task-local) or gets from a
   * {@link ShownTextSource} on the task, and leaves the rest in {@code field} of the command: a field
   * that a form shows from the case is the task's, not a variable of the whole process instance.
   */
  private void writeOnTask(CommandContext context, Command<?> command, String field) {
    Map<String, Object> variables = CommandFields.get(command, field);
    TaskEntity task = task(context, command);
    if (variables == null || variables.isEmpty() || task == null) {
      return;
    }
    Map<String, Object> served = shownTexts.texts(task);
    VariableMap rest = Variables.createVariables();
    VariableMap typed = Variables.fromMap(variables);
    for (String name : typed.keySet()) {
      if (task.hasVariableLocal(name) || served.containsKey(name)) {
        task.setVariableLocal(name, typed.getValueTyped(name));
      } else {
        rest.putValueTyped(name, typed.getValueTyped(name));
      }
    }
    CommandFields.set(command, field, rest);
  }

  private Map<String, Object> accepted(CommandContext context, TaskEntity task, Map<String, ?> submitted) {
    FormSpec form = forms.ofTask(context, task);
    if (form == null) {
      if (submitted != null && !submitted.isEmpty()) {
        throw new FormInputRefused(Text.of("form.no-form").inRequestLanguage());
      }
      return Map.of();
    }
    Map<String, Object> served = new java.util.HashMap<>();
    return FormSubmission.accepted(form, submitted, name -> {
      if (task.hasVariable(name)) {
        return task.getVariable(name);
      }
      if (served.isEmpty()) {
        served.putAll(shownTexts.texts(task));
      }
      return served.get(name);
    });
  }

  private Map<String, Object> startAccepted(
      CommandContext context, ProcessDefinitionEntity definition, Map<String, ?> submitted) {
    if (definition == null) {
      return Map.of();
    }
    FormSpec form = forms.ofStart(context, definition);
    if (form == null) {
      if (submitted != null && !submitted.isEmpty()) {
        throw new FormInputRefused(Text.of("form.no-start-form").inRequestLanguage());
      }
      return Map.of();
    }
    return FormSubmission.accepted(form, submitted, name -> null);
  }

  private static void requireAssigneeOrNone(TaskEntity task, String user, String what) {
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new AuthorizationException(
          "This task is assigned to " + task.getAssignee() + "; only they can " + what + " it.");
    }
  }

  private static void requireOwnerOfPersonal(CommandContext context, Command<?> command, String user) {
    TaskEntity task = task(context, command);
    if (task != null && isPersonal(task)) {
      requireAssigneeOrNone(task, user, "read");
    }
  }

  /** A task that the model gives to one named person (a score sheet, a vote, a named approver). */
  private static boolean isPersonal(TaskEntity task) {
    return task.getTaskDefinition() != null && task.getTaskDefinition().getAssigneeExpression() != null;
  }

  private static boolean isVariableRead(Command<?> command) {
    return command instanceof GetTaskVariablesCmd || command instanceof GetTaskFormVariablesCmd
        || command instanceof GetTaskVariableCmd || command instanceof GetTaskVariableCmdTyped;
  }

  /** A read of a task's variables outside the guard (the application, an administrator): with the texts its form shows. */
  private Object withShownTexts(CommandContext context, Command<?> command, Object read) {
    if (read instanceof VariableMap variables) {
      String names = command instanceof GetTaskVariablesCmd ? "variableNames" : "formVariableNames";
      addShownTexts(context, command, variables, CommandFields.get(command, names));
      return variables;
    }
    TaskEntity task = task(context, command);
    String name = CommandFields.get(command, "variableName");
    if (read != null || task == null || task.hasVariable(name)) {
      return read;
    }
    Object text = shownTexts.texts(task).get(name);
    return command instanceof GetTaskVariableCmdTyped ? typed(text) : text;
  }

  /** Adds the shown texts the task holds no variable of, among {@code names} (all when {@code null}). */
  private void addShownTexts(CommandContext context, Command<?> command, VariableMap variables, Collection<String> names) {
    TaskEntity task = task(context, command);
    if (task == null) {
      return;
    }
    shownTexts.texts(task).forEach((name, text) -> {
      if ((names == null || names.contains(name)) && !variables.containsKey(name) && !task.hasVariable(name)) {
        variables.putValueTyped(name, typed(text));
      }
    });
  }

  private static TypedValue typed(Object value) {
    if (value instanceof Boolean flag) {
      return Variables.booleanValue(flag);
    }
    if (value instanceof Long number) {
      return Variables.longValue(number);
    }
    if (value instanceof Integer number) {
      return Variables.integerValue(number);
    }
    if (value instanceof Double number) {
      return Variables.doubleValue(number);
    }
    return value == null ? Variables.untypedNullValue() : Variables.stringValue(String.valueOf(value));
  }

  private FormSpec formOf(CommandContext context, Command<?> command) {
    TaskEntity task = task(context, command);
    return task == null ? null : forms.ofTask(context, task);
  }

  /** The stored task that a save would change; {@code null} for a new task (the engine checks that). */
  private static TaskEntity savedTask(CommandContext context, Command<?> command) {
    String id = ((TaskEntity) CommandFields.get(command, "task")).getId();
    return id == null ? null : context.getTaskManager().findTaskById(id);
  }

  private static TaskEntity task(CommandContext context, Command<?> command) {
    String taskId =
        command instanceof AbstractGetFormVariablesCmd
            ? CommandFields.get(command, "resourceId")
            : CommandFields.get(command, "taskId");
    return taskId == null ? null : context.getTaskManager().findTaskById(taskId);
  }

  private static ProcessDefinitionEntity definition(CommandContext context, String id, String key) {
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    if (id != null) {
      return cache.findDeployedProcessDefinitionById(id);
    }
    return key == null ? null : cache.findDeployedLatestProcessDefinitionByKey(key);
  }

  private static void replace(Map<String, Object> variables, Map<String, Object> accepted) {
    if (variables != null) {
      variables.clear();
      variables.putAll(accepted);
    }
  }

  /** The form refusal that a listener threw, without the engine's wrapping around it. */
  private static ProcessEngineException formRefusalIn(ProcessEngineException thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormInputRefused refusal) {
        return refusal;
      }
    }
    return thrown;
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  static List<Class<?>> guardedCommands() {
    return List.of(
        CompleteTaskCmd.class, SubmitTaskFormCmd.class, ClaimTaskCmd.class, DelegateTaskCmd.class,
        GetTaskVariablesCmd.class, GetTaskVariableCmd.class, GetTaskVariableCmdTyped.class,
        StartProcessInstanceCmd.class, SubmitStartFormCmd.class, SaveTaskCmd.class, GetTaskFormVariablesCmd.class);
  }

  static Collection<String> administratorsOnly() {
    return ADMINISTRATORS_ONLY;
  }
}
