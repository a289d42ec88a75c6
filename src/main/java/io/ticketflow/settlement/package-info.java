/** Paying partners for accepted service: per-ticket settlements, monthly statements, exports and revenue views. */
package io.ticketflow.settlement;
