package io.ticketflow.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Ticket bodies for POST /api/tickets, each with a customer no other test uses. */
public final class TicketFixture {

    private TicketFixture() {
    }

    /** Routed by "Repairs in the east" to repair-east at NORMAL. */
    public static Map<String, Object> repairTicketInTheEast() {
        return ticket("WECHAT", "REPAIR", "EAST", "STANDARD");
    }

    /** Routed by "VIP complaints" to vip-care at URGENT. */
    public static Map<String, Object> vipComplaint() {
        return ticket("PHONE", "COMPLAINT", "NORTH", "VIP");
    }

    public static Map<String, Object> ticket(String channel, String category, String region, String tier) {
        Map<String, Object> customer = new HashMap<>();
        customer.put("name", "Test Customer");
        customer.put("email", "customer-" + UUID.randomUUID() + "@example.com");
        customer.put("tier", tier);
        Map<String, Object> ticket = new HashMap<>();
        ticket.put("channel", channel);
        ticket.put("category", category);
        ticket.put("subject", "Washing machine leaks");
        ticket.put("description", "Water on the floor after every wash.");
        ticket.put("region", region);
        ticket.put("customer", customer);
        return ticket;
    }
}
