package io.ticketflow.console;

import io.ticketflow.security.Roles;
import io.ticketflow.sla.SlaEscalations;
import io.ticketflow.ticket.TicketAccess;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervisor's escalations: tickets that missed a target, newest first, of the tickets they may see, each with
 * a one-step transfer to another team (the ticket page's transfer: same policy, same permissions).
 */
@Controller
class EscalationsController {

    private static final int LIMIT = 200;

    private final SlaEscalations escalations;
    private final TicketAccess access;
    private final IdentityService identity;

    EscalationsController(SlaEscalations escalations, TicketAccess access, IdentityService identity) {
        this.escalations = escalations;
        this.access = access;
        this.identity = identity;
    }

    @GetMapping("/console/escalations")
    String escalations(Model model) {
        model.addAttribute("escalations", escalations.open(access.scope(), LIMIT));
        model.addAttribute("teams", identity.createGroupQuery().groupType(Roles.TEAM_GROUP_TYPE).orderByGroupId()
                .asc().list());
        return "console/escalations";
    }
}
