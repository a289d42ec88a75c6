/** The agent's task list over REST: open tasks of the caller's teams, claim and complete. */
package io.ticketflow.tasklist;
