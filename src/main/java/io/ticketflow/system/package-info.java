/** Cross-cutting plumbing: Problem Details errors and reading the analysts' folders. */
package io.ticketflow.system;
