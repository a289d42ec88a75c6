package io.ticketflow.settlement;

/** How a partner is paid: per job (installers, service teams), or per month on their sales (the others). */
public enum PartnerKind {
    INSTALLER, SERVICE_TEAM, FRANCHISE, DIRECT_STORE, DEALER
}
