package io.ticketflow.console;

import io.ticketflow.conversation.Macros;
import io.ticketflow.routing.TicketTransfers;
import io.ticketflow.routing.TransferRequest;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.BusinessRuleException;
import io.ticketflow.system.ConflictException;
import io.ticketflow.system.FieldError;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.NotFoundException;
import io.ticketflow.system.NotPermittedException;
import io.ticketflow.tasklist.CompleteTaskRequest;
import io.ticketflow.tasklist.TaskWork;
import io.ticketflow.ticket.Ticket;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketService;
import io.ticketflow.ticket.TicketViews;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket's page: what the customer asked, who they are, the timeline, the routing explanation, the SLA and the
 * open steps, with the agent's actions — claim, public reply, internal note, resolve. Every action goes through the
 * same services and permission checks as the API (a ticket the caller may not see is 404 here too), then returns
 * to the page with what happened (post, redirect, get: a reload sends nothing twice).
 */
@Controller
class TicketPageController {

    static final String TICKET = "/console/tickets/{id}";
    private static final String RESOLVED = "RESOLVED";

    private final TicketAccess access;
    private final TicketViews views;
    private final TicketService tickets;
    private final TaskWork tasks;
    private final TaskService taskService;
    private final FormService formService;
    private final TicketTransfers transfers;
    private final IdentityService identity;
    private final Macros macros;
    private final Validator validator;

    TicketPageController(TicketAccess access, TicketViews views, TicketService tickets, TaskWork tasks,
            TaskService taskService, FormService formService, TicketTransfers transfers,
            IdentityService identity, Validator validator, Macros macros) {
        this.macros = macros;
        this.transfers = transfers;
        this.identity = identity;
        this.validator = validator;
        this.formService = formService;
        this.access = access;
        this.views = views;
        this.tickets = tickets;
        this.tasks = tasks;
        this.taskService = taskService;
    }

    @GetMapping(TICKET)
    String page(@PathVariable long id, @RequestParam(required = false) String done,
            @RequestParam(required = false) String macro, Model model, HttpServletResponse response) {
        Ticket ticket;
        try {
            ticket = access.visibleTicket(id);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "console/not-found";
        }
        model.addAttribute("ticket", views.full(ticket));
        List<Task> open = openTasks(ticket);
        model.addAttribute("tasks", open);
        model.addAttribute("teams", teams());
        model.addAttribute("macros", macros.current());
        if (macro != null && macro.matches("[a-z][a-z0-9-]{0,59}")) {
            try {
                model.addAttribute("replyText", macros.render(macro, id, CurrentUser.get().userId()));
            } catch (NotFoundException retiredMeanwhile) {
                model.addAttribute("replyText", "");
            }
        }
        Map<String, StepForm> forms = open.stream().collect(Collectors.toMap(Task::getId, task -> StepForm.of(
                formService.getTaskFormData(task.getId()).getFormFields())));
        model.addAttribute("forms", forms);
        model.addAttribute("resolvable", forms.entrySet().stream().filter(form -> form.getValue().resolves())
                .map(Map.Entry::getKey).toList());
        if (done != null && done.matches("[a-z]{1,20}")) {
            model.addAttribute("done", done);
        }
        return "console/ticket";
    }

    @PostMapping(TICKET + "/claim")
    String claim(@PathVariable long id, @RequestParam String taskId, RedirectAttributes flash) {
        return act(id, flash, "claimed", () -> tasks.claim(taskOf(id, taskId), CurrentUser.get()));
    }

    @PostMapping(TICKET + "/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String message,
            @RequestParam(defaultValue = "false") boolean awaitCustomer, RedirectAttributes flash) {
        return act(id, flash, "replied", () -> tickets.reply(id, required(message, "message"), awaitCustomer, null,
                CurrentUser.get().userId()));
    }

    @PostMapping(TICKET + "/note")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String message,
            RedirectAttributes flash) {
        return act(id, flash, "noted", () -> tickets.addNote(id, required(message, "message"),
                CurrentUser.get().userId()));
    }

    @PostMapping(TICKET + "/resolve")
    String resolve(@PathVariable long id, @RequestParam String taskId,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes flash) {
        return act(id, flash, "resolved", () -> {
            tasks.complete(taskOf(id, taskId), checked(new CompleteTaskRequest(RESOLVED,
                    comment.isBlank() ? null : comment.strip(), null)), CurrentUser.get());
            return null;
        });
    }

    /**
     * A step's own form, as the model defines it (approve or reject with a reason, a refund amount, the visit's
     * answers ...): the fields come as {@code f.<id>} and are checked by the same rules as the API's.
     */
    @PostMapping(TICKET + "/complete")
    String complete(@PathVariable long id, @RequestParam String taskId,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes flash) {
        return act(id, flash, "completed", () -> {
            String task = taskOf(id, taskId);
            Map<String, Object> fields = StepForm.of(formService.getTaskFormData(task).getFormFields())
                    .values(params);
            tasks.complete(task, new CompleteTaskRequest(null, null, fields), CurrentUser.get());
            return null;
        });
    }

    /** Moves the ticket to another team, with the reason (the transfer policy and permissions of the API apply). */
    @PostMapping(TICKET + "/transfer")
    String transfer(@PathVariable long id, @RequestParam(defaultValue = "") String team,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        return act(id, flash, "transferred", () -> transfers.transfer(id, checked(new TransferRequest(
                team.isBlank() ? null : team.strip(), null, null, reason.isBlank() ? null : reason.strip())),
                CurrentUser.get()));
    }

    /** Does the action; back to the page with what happened, or with why not (as the API would have said). */
    private String act(long id, RedirectAttributes flash, String done, Supplier<?> action) {
        access.visibleTicket(id);
        try {
            action.get();
            // A ticket moved out of the caller's sight (a transfer to another region's team) leaves them at the queue.
            return access.maySeeTicket(id) ? "redirect:/console/tickets/" + id + "?done=" + done
                    : "redirect:" + QueueController.QUEUE + "?done=" + done;
        } catch (ConflictException | InvalidFieldException | NotPermittedException | BusinessRuleException e) {
            // Said on the next page view only (a flash attribute), never through a link anyone could craft.
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/tickets/" + id;
        }
    }

    /** The request, when it passes the same checks as the API's body would; else a 400 naming each field. */
    private <T> T checked(T request) {
        List<FieldError> errors = validator.validate(request).stream()
                .map(violation -> new FieldError(violation.getPropertyPath().toString().replace("oneKindOfMove",
                        "team"), violation.getMessage())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return request;
    }

    /** A task of this ticket (its process or a called one); 404 for any other. */
    private String taskOf(long ticketId, String taskId) {
        return openTasks(tickets.get(ticketId)).stream().map(Task::getId).filter(taskId::equals).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** The teams a ticket may go to: the groups that are teams, not roles. */
    private List<Group> teams() {
        return identity.createGroupQuery().groupType(Roles.TEAM_GROUP_TYPE).orderByGroupId().asc().list();
    }

    private List<Task> openTasks(Ticket ticket) {
        return taskService.createTaskQuery().processInstanceBusinessKey(ticket.getTicketNumber()).active()
                .orderByTaskCreateTime().asc().list();
    }

    private static String required(String text, String field) {
        if (text.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n')) {
            throw new InvalidFieldException(field, "must not contain control characters");
        }
        if (text.length() > 2000) {
            throw new InvalidFieldException(field, "must be at most 2000 characters");
        }
        return text.strip();
    }
}
