package io.ticketflow.console;

import io.ticketflow.journey.StepCount;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Draws a journey as SVG from its own diagram interchange — every shape at its bounds, every flow along its
 * waypoints, as the analyst laid it out in the Modeler — with the work on it: each step with open tickets gets a
 * badge with their number, red when any is past due (the step's outline too), and links to the list of its
 * tickets. Pure: no Spring, no engine; every name is escaped.
 */
final class DiagramSvg {

    private static final double MARGIN = 20;

    private DiagramSvg() {
    }

    static String draw(BpmnModelInstance model, Collection<StepCount> counts, Function<String, String> stepLink) {
        Map<String, StepCount> byElement = counts.stream()
                .collect(Collectors.toMap(StepCount::elementId, Function.identity(), (a, b) -> a));
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight());
        }
        if (shapes.isEmpty()) {
            minX = 0;
            minY = 0;
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" "
                + "viewBox=\"%.0f %.0f %.0f %.0f\" role=\"img\">", minX - MARGIN, minY - MARGIN,
                maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            String points = edge.getWaypoints().stream()
                    .map(w -> String.format(Locale.ROOT, "%.0f,%.0f", w.getX(), w.getY()))
                    .collect(Collectors.joining(" "));
            svg.append("<polyline class=\"flow\" marker-end=\"url(#arrow)\" points=\"").append(points).append("\"/>");
        }
        for (BpmnShape shape : shapes) {
            shape(svg, shape, byElement, stepLink);
        }
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, BpmnShape shape, Map<String, StepCount> counts,
            Function<String, String> stepLink) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        double x = b.getX();
        double y = b.getY();
        double w = b.getWidth();
        double h = b.getHeight();
        String name = element instanceof FlowElement flow && flow.getName() != null ? flow.getName() : "";
        StepCount count = element == null ? null : counts.get(element.getId());
        boolean late = count != null && count.overdue() > 0;
        String id = element == null ? "" : HtmlUtils.htmlEscape(element.getId());
        if (element instanceof Event) {
            svg.append(String.format(Locale.ROOT, "<circle class=\"event\" cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\"/>",
                    x + w / 2, y + h / 2, w / 2));
            label(svg, name, x + w / 2, y + h + 14);
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon class=\"gateway\" points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f "
                    + "%.0f,%.0f\"/>", x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2));
            label(svg, name, x + w / 2, y - 6);
        } else if (element instanceof SubProcess && !shape.isExpanded()) {
            svg.append(rect("task", id, x, y, w, h, false));
            label(svg, name, x + w / 2, y + h / 2 + 4);
        } else if (element instanceof SubProcess) {
            svg.append(rect("subprocess", id, x, y, w, h, false));
            label(svg, name, x + 8 + name.length() * 3.2, y + 14);
        } else if (element != null && !(element instanceof Participant)) {
            String body = rect(element instanceof UserTask ? "task step" : "task", id, x, y, w, h, late);
            if (count != null) {
                svg.append("<a href=\"").append(HtmlUtils.htmlEscape(stepLink.apply(element.getId())))
                        .append("\">").append(body);
                label(svg, name, x + w / 2, y + h / 2 + 4);
                svg.append(String.format(Locale.ROOT, "<circle class=\"badge%s\" cx=\"%.0f\" cy=\"%.0f\" r=\"13\"/>"
                        + "<text class=\"badge-text\" x=\"%.0f\" y=\"%.0f\">%d</text>", late ? " late" : "",
                        x + w, y, x + w, y + 4, count.openSteps()));
                if (late) {
                    svg.append(String.format(Locale.ROOT, "<text class=\"late-text\" x=\"%.0f\" y=\"%.0f\">"
                            + "%d ⚠</text>", x + w / 2, y + h + 14, count.overdue()));
                }
                svg.append("</a>");
            } else {
                svg.append(body);
                label(svg, name, x + w / 2, y + h / 2 + 4);
            }
        }
    }

    private static String rect(String cssClass, String id, double x, double y, double w, double h, boolean late) {
        return String.format(Locale.ROOT, "<rect class=\"%s%s\" data-element=\"%s\" x=\"%.0f\" y=\"%.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" rx=\"8\"/>", cssClass, late ? " late" : "", id, x, y, w, h);
    }

    private static void label(StringBuilder svg, String name, double x, double y) {
        if (!name.isBlank()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\">", x, y))
                    .append(HtmlUtils.htmlEscape(name)).append("</text>");
        }
    }

    static String stepPath(String processKey, String elementId) {
        return "/console/journeys/" + UriUtils.encodePathSegment(processKey, StandardCharsets.UTF_8) + "/steps/"
                + UriUtils.encodePathSegment(elementId, StandardCharsets.UTF_8);
    }
}
