package io.ticketflow.tasklist;

import io.ticketflow.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping(TaskController.TASKS)
@Tag(name = "Tasks", description = "The caller's task list: open tasks of their teams, claim, complete")
class TaskController {

    static final String TASKS = "/api/tasks";

    private final TaskWork work;

    TaskController(TaskWork work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "Open tasks assigned to the caller or offered to one of their teams, most urgent first, "
            + "then oldest first; paged")
    List<TaskView> openTasks(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return work.openTasks(CurrentUser.get(), page, size);
    }

    @PostMapping("/{taskId}/claim")
    @Operation(summary = "Take a task: it becomes the caller's and its ticket IN_PROGRESS (409 if already claimed)")
    TaskView claim(@PathVariable String taskId) {
        return work.claim(taskId, CurrentUser.get());
    }

    @PostMapping("/{taskId}/complete")
    @Operation(summary = "Complete a task with an outcome and a note to the customer")
    ResponseEntity<Void> complete(@PathVariable String taskId, @Valid @RequestBody CompleteTaskRequest request) {
        work.complete(taskId, request, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }
}
