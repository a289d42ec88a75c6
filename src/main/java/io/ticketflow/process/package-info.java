/** The contract with the BPMN files: process keys, element ids, variables, and their deployment from the processes folder. */
package io.ticketflow.process;
