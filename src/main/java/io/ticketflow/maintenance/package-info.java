/**
 * Proactive maintenance: the devices customers bought, the maintenance plan table that says when each is due, the
 * daily run that opens one maintenance ticket per device and due date, and the handoff of an accepted offer to a
 * field-service visit, whose work report becomes the device's last service.
 */
package io.ticketflow.maintenance;
