/** Loads, compiles and serves the analysts' Drools decision tables from the rules folder. */
package io.ticketflow.rules;
