/** Demo data for the demo profile: teams, users with documented passwords, customers and tickets. */
package io.ticketflow.demo;
