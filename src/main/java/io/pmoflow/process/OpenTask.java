package io.pmoflow.process;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A step of a case that waits on people: what, on whom, since when, due when. */
public record OpenTask(
    @Schema(description = "the step, as Tasklist names it") String step,
    @Schema(description = "the user task's element id in the model") String taskKey,
    @Schema(description = "the person who holds it, if someone does") String assignee,
    @Schema(description = "the groups whose members may take it") List<String> candidateGroups,
    @Schema(description = "the people who may take it") List<String> candidateUsers,
    @Schema(description = "when the task was created") Instant since,
    @Schema(description = "when it is due, if it has a due date") Instant due) {}
