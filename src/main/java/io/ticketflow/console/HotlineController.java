package io.ticketflow.console;

import io.ticketflow.customer.Customer;
import io.ticketflow.customer.CustomerDetails;
import io.ticketflow.customer.CustomerService;
import io.ticketflow.intake.TicketIntake;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.system.BusinessRuleException;
import io.ticketflow.system.InvalidFieldException;
import io.ticketflow.system.KnownRegion;
import io.ticketflow.system.PlainText;
import io.ticketflow.ticket.Channel;
import io.ticketflow.ticket.TicketAccess;
import io.ticketflow.ticket.TicketService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hotline: the agent types the caller's number, the page recognises the caller and shows their earlier tickets
 * (those the agent may see) before anything is saved; the ticket is then opened through intake like every channel's,
 * as a phone ticket (urgent by the routing table).
 */
@Controller
class HotlineController {

    static final String HOTLINE = "/console/hotline";

    private final CustomerService customers;
    private final TicketService tickets;
    private final TicketAccess access;
    private final TicketIntake intake;
    private final TransactionTemplate transaction;
    private final Validator validator;

    HotlineController(CustomerService customers, TicketService tickets, TicketAccess access, TicketIntake intake,
            TransactionTemplate transaction, Validator validator) {
        this.customers = customers;
        this.tickets = tickets;
        this.access = access;
        this.intake = intake;
        this.transaction = transaction;
        this.validator = validator;
    }

    /** What the agent takes down during the call. */
    record Call(@NotBlank @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number")
            String phone,
            @NotBlank @Size(max = 200) @PlainText String name,
            @Size(max = 320) @Email String email,
            @NotBlank @Size(max = 200) @PlainText String subject,
            @NotBlank @Size(max = 4000) @PlainText(multiLine = true) String description,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an upper-case code such as REPAIR")
            String category,
            @NotBlank @KnownRegion String region) {
    }

    @GetMapping(HOTLINE)
    String form(@RequestParam(required = false) String phone, Model model) {
        Optional<Customer> caller = Optional.ofNullable(phone).filter(p -> p.matches("\\+?[0-9 ()-]{3,40}"))
                .flatMap(customers::findByPhone).filter(customer -> access.maySee(customer.getId()));
        model.addAttribute("phone", phone);
        model.addAttribute("caller", caller.orElse(null));
        model.addAttribute("history", caller.map(c -> tickets.ofCustomer(c.getId(), 20, access.scope()))
                .orElse(List.of()));
        return "console/hotline";
    }

    @PostMapping(HOTLINE)
    String open(@ModelAttribute Call call, Model model, HttpServletResponse response) {
        Set<ConstraintViolation<Call>> violations = validator.validate(call);
        if (!violations.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).collect(Collectors.joining("; ")));
            model.addAttribute("call", call);
            return form(call.phone(), model);
        }
        try {
            long id = transaction.execute(tx -> intake.submit(new TicketIntake.Submission(Channel.PHONE,
                    blankToNull(call.category()), null, call.subject().strip(), call.description(), null,
                    call.region(), null, null, new CustomerDetails(call.name().strip(), call.phone().strip(),
                            blankToNull(call.email()), null), null, null, null, CurrentUser.get().userId(), null))
                    .ticket().getId());
            return "redirect:/console/tickets/" + id;
        } catch (InvalidFieldException | BusinessRuleException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
            return form(call.phone(), model);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
