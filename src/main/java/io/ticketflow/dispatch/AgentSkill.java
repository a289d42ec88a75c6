package io.ticketflow.dispatch;

/** One skill tag of one agent. */
record AgentSkill(String userId, String skill) {
}
