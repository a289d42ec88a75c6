package io.ticketflow.console;

import io.ticketflow.security.CurrentUser;
import io.ticketflow.tasklist.TaskView;
import io.ticketflow.tasklist.TaskWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agent's work queue: their own tasks or their teams', sorted by what is due first, filtered by priority and
 * region, with each step's time left — amber within the last hour, red when overdue. The rows refresh themselves
 * every ten seconds (htmx), without a reload.
 */
@Controller
class QueueController {

    static final String QUEUE = "/console/queue";
    static final Duration AMBER = Duration.ofHours(1);
    private static final int SIZE = 200;

    private final TaskWork tasks;
    private final Clock clock;

    QueueController(TaskWork tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** One row: the task and how its time stands (ok, amber, red) with the time left or over. */
    record Row(TaskView task, String state, String timeLeft) {
    }

    @GetMapping({"/console", "/console/"})
    String home() {
        return "redirect:" + QUEUE;
    }

    @GetMapping(QUEUE)
    String queue(@RequestParam(defaultValue = "teams") String scope,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String region,
            @RequestParam(required = false) String done, Model model) {
        if (done != null && done.matches("[a-z]{1,20}")) {
            model.addAttribute("done", done);
        }
        model.addAttribute("rows", rows(scope, priority, region));
        model.addAttribute("scope", "mine".equals(scope) ? "mine" : "teams");
        model.addAttribute("priority", priority);
        model.addAttribute("region", region);
        return "console/queue";
    }

    @GetMapping(QUEUE + "/rows")
    String rowsOnly(@RequestParam(defaultValue = "teams") String scope,
            @RequestParam(required = false) String priority, @RequestParam(required = false) String region,
            Model model) {
        model.addAttribute("rows", rows(scope, priority, region));
        return "console/queue :: rows";
    }

    private List<Row> rows(String scope, String priority, String region) {
        CurrentUser user = CurrentUser.get();
        Instant now = clock.instant();
        return tasks.openTasks(user, 0, SIZE).stream()
                .filter(task -> !"mine".equals(scope) || user.userId().equals(task.assignee()))
                .filter(task -> blank(priority) || task.priority().name().equalsIgnoreCase(priority))
                .filter(task -> blank(region) || region.equalsIgnoreCase(task.region()))
                .sorted(Comparator.comparing(TaskView::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(task -> row(task, now)).toList();
    }

    private static Row row(TaskView task, Instant now) {
        if (task.dueAt() == null) {
            return new Row(task, task.slaBreached() ? "red" : "ok", "");
        }
        Duration left = Duration.between(now, task.dueAt());
        String state = left.isNegative() ? "red" : left.compareTo(AMBER) <= 0 ? "amber" : "ok";
        return new Row(task, state, humanize(left.abs()));
    }

    static String humanize(Duration duration) {
        long hours = duration.toHours();
        return hours >= 48 ? duration.toDays() + "d" : hours > 0 ? hours + "h " + duration.toMinutesPart() + "m"
                : duration.toMinutes() + "m";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank() || text.toLowerCase(Locale.ROOT).equals("all");
    }
}
