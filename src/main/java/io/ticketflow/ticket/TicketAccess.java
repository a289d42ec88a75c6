package io.ticketflow.ticket;

import io.ticketflow.customer.CustomerAccess;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.NotFoundException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Which tickets the caller may see and act on (see {@link TicketScope}). Every path that takes a ticket id from a
 * caller asks here; a ticket the caller may not see is answered exactly like one that does not exist (404), so its
 * existence is not confirmed. Internal callers (delegates, listeners, jobs) use {@link TicketService} directly.
 */
@Component
public class TicketAccess implements CustomerAccess {

    private static final String SCOPE_ATTRIBUTE = TicketAccess.class.getName() + ".scope";

    private final TicketMapper tickets;
    private final ObjectProvider<ServedRegions> servedRegions;

    TicketAccess(TicketMapper tickets, ObjectProvider<ServedRegions> servedRegions) {
        this.tickets = tickets;
        this.servedRegions = servedRegions;
    }

    /** The caller's scope, built once per request. */
    public TicketScope scope() {
        CurrentUser user = CurrentUser.get();
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(SCOPE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof TicketScope cached && user.userId().equals(cached.userId())) {
            return cached;
        }
        TicketScope scope = TicketScope.of(user, dispatchRegionOf(user));
        if (request != null) {
            request.setAttribute(SCOPE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    private Optional<String> dispatchRegionOf(CurrentUser user) {
        if (user.isMemberOf(Roles.ADMIN) || user.isMemberOf(Roles.INTEGRATOR)) {
            return Optional.empty();
        }
        ServedRegions regions = servedRegions.getIfAvailable();
        return regions == null ? Optional.empty() : regions.dispatchRegionOf(user.userId());
    }

    /** The ticket, if the caller may see it; 404 otherwise, as for an id that does not exist. */
    public Ticket visibleTicket(long id) {
        TicketScope scope = scope();
        Optional<Ticket> ticket = scope.all() ? tickets.findTicketById(id) : tickets.findVisibleTicketById(id, scope);
        return ticket.orElseThrow(() -> new NotFoundException("Ticket", id));
    }

    /** Whether the ticket exists and the caller may see it. */
    public boolean maySeeTicket(long id) {
        return tickets.isTicketVisible(id, scope());
    }

    /** A customer is visible when at least one of their tickets is (admins and integrators: every customer). */
    @Override
    public boolean maySee(long customerId) {
        TicketScope scope = scope();
        return scope.all() || tickets.hasVisibleTicketOfCustomer(customerId, scope);
    }
}
