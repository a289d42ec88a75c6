package io.ticketflow.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a deployed file may contain (docs/processes.md, "The process contract"). Only BPMN files; no document type
 * declarations or external entities; no scripts of any format, no {@code camunda:class} or other class names, no
 * connectors, no form keys (forms are the model's own {@code camunda:formData}); every expression keeps the rules
 * of {@link ModelExpressions}, and every delegate expression names a process bean. Every element of the file is
 * read, in every namespace, so a rule cannot be dodged by an attribute the engine reads that this class forgot.
 * Used by the engine for every deployment, whatever the path ({@link ContractDeployer}), and by the wiring test for
 * the files in {@code processes/}.
 */
public final class ProcessContract {

    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Diagram interchange: shapes and edges, nothing the engine evaluates — but only where a diagram belongs. */
    private static final String DIAGRAM_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    /** Deeper than any model drawn by hand; a deeper file is refused rather than walked. */
    private static final int MAX_DEPTH = 100;
    /** Elements whose text is for people, never evaluated. */
    private static final Set<String> PROSE = Set.of("documentation", "text");
    /** Scripts, connectors, and field injection (which writes into the process beans, shared by every ticket). */
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "connector", "field",
            "formProperty");
    /**
     * Attributes that name code, a script language, a form to load or a business key, in any namespace; any
     * attribute whose name ends in "Class" too ({@code formHandlerClass}, {@code variableMappingClass}, ...).
     */
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "resource", "scriptFormat", "language",
            "expressionLanguage", "formKey", "formRef", "variableMappingDelegateExpression", "businessKey",
            "src", "srcExpr", "dst", "dstExpr", "link", "linkExpr", "initiator");
    /** Engine-specific namespaces (Camunda's and its predecessor's), whose {@code type} picks a built-in behaviour. */
    private static final Set<String> ENGINE_NAMESPACES = Set.of("http://camunda.org/schema/1.0/bpmn",
            "http://activiti.org/bpmn");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    /** Camunda Modeler's own notes (execution platform, version): the engine reads none of them. */
    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final String XSI_NS = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    /**
     * The Camunda extension elements a model may use, and nothing else of Camunda's: an allow-list, so that an
     * element the engine interprets but this class never heard of is refused, not let through.
     */
    private static final Set<String> CAMUNDA_ELEMENTS = Set.of("inputOutput", "inputParameter", "outputParameter",
            "list", "map", "entry", "value", "taskListener", "executionListener", "formData", "formField",
            "validation", "constraint", "properties", "property", "failedJobRetryTimeCycle", "in", "out",
            "errorEventDefinition");
    /** The Camunda attributes a model may use (allow-list, as for the elements). */
    private static final Set<String> CAMUNDA_ATTRIBUTES = Set.of("historyTimeToLive", "versionTag",
            "isStartableInTasklist", "candidateStarterGroups", "candidateStarterUsers", "asyncBefore", "asyncAfter",
            "exclusive", "jobPriority", "taskPriority", "delegateExpression", "expression", "resultVariable",
            "assignee", "candidateGroups", "candidateUsers", "priority", "dueDate", "followUpDate", "type", "topic",
            "calledElementBinding", "calledElementVersion", "calledElementVersionTag", "errorCodeVariable",
            "errorMessageVariable", "escalationCodeVariable", "collection", "elementVariable", "variableName",
            "variableEvents");
    /** The only built-in behaviour a model may pick: work done by an external worker. */
    private static final String EXTERNAL = "external";
    /** The property that makes a user task a department's or approver's step (journey.StepModel). */
    private static final String STEP_KIND = "stepKind";
    /** The property that tells the customer a step started (journey.StepModel). */
    private static final String CUSTOMER_STAGE = "customerStage";
    private static final int MAX_STEP_NAME = 255;
    private static final int MAX_TEAM = 64;
    /** Attributes that name a variable the engine writes. */
    private static final Set<String> VARIABLE_TARGETS = Set.of("resultVariable", "resultVariableName",
            "elementVariable", "errorCodeVariable", "errorMessageVariable", "escalationCodeVariable", "target");
    /** Elements whose {@code name} or {@code id} names a variable they write. */
    private static final Set<String> VARIABLE_WRITERS = Set.of("inputParameter", "outputParameter", "formField",
            "inputDataItem");

    private final ModelExpressions expressions;
    private final Set<String> protectedVariables;

    /** @param beans the process beans by name, with their own (not proxy) classes */
    public ProcessContract(Map<String, Class<?>> beans) {
        this(beans, Set.of());
    }

    /** The contract of this application: its process beans, and the variables only the application writes. */
    public static ProcessContract of(Map<String, Class<?>> beans) {
        return new ProcessContract(beans, JourneyNames.PROTECTED_VARIABLES);
    }

    /**
     * @param beans the process beans by name, with their own (not proxy) classes
     * @param protectedVariables variables a model may read but never write (which ticket, who acted)
     */
    public ProcessContract(Map<String, Class<?>> beans, Set<String> protectedVariables) {
        this.expressions = new ModelExpressions(beans);
        this.protectedVariables = Set.copyOf(protectedVariables);
    }

    /** True for the file names a deployment may hold. */
    public static boolean isProcessFile(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    /** Every violation in one deployed file; empty when it keeps the contract. */
    public List<ContractViolation> check(String resourceName, byte[] content) {
        if (!isProcessFile(resourceName)) {
            return List.of(new ContractViolation(resourceName, null, "only BPMN files (.bpmn) may be deployed; "
                    + "decision tables live in rules/, and scripts, forms and other files are not accepted"));
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(content));
        } catch (SAXException | IOException e) {
            return List.of(new ContractViolation(resourceName, null, "not a well-formed BPMN file without a "
                    + "document type declaration: " + e.getMessage()));
        }
        Element root = document.getDocumentElement();
        if (!BPMN_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
            return List.of(new ContractViolation(resourceName, null, "not a BPMN 2.0 file: the root element must "
                    + "be definitions in namespace " + BPMN_NS));
        }
        List<ContractViolation> violations = new ArrayList<>();
        visit(root, resourceName, null, 0, violations);
        return violations;
    }

    private void visit(Element element, String resource, String enclosingId, int depth,
            List<ContractViolation> violations) {
        if (depth == 1 && DIAGRAM_NS.equals(element.getNamespaceURI())
                && "BPMNDiagram".equals(element.getLocalName())) {
            return;
        }
        if (depth > MAX_DEPTH) {
            violations.add(new ContractViolation(resource, enclosingId, "elements are nested more than " + MAX_DEPTH
                    + " deep"));
            return;
        }
        String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
        String name = element.getLocalName();
        String namespace = element.getNamespaceURI();
        if (!BPMN_NS.equals(namespace) && !(CAMUNDA_NS.equals(namespace) && CAMUNDA_ELEMENTS.contains(name))) {
            violations.add(new ContractViolation(resource, id, describe(element) + " is not allowed: a model holds "
                    + "BPMN elements and these Camunda extensions only: " + new TreeSet<>(CAMUNDA_ELEMENTS)));
            return;
        }
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            violations.add(new ContractViolation(resource, id, describe(element) + " is not allowed: models run no "
                    + "scripts or connectors, inject nothing into beans and take forms from camunda:formData; call a "
                    + "process bean instead (" + expressions.beanNames() + ")"));
            return;
        }
        if (CAMUNDA_NS.equals(namespace) && ("in".equals(name) || "out".equals(name))) {
            checkVariablePassing(element, resource, id, violations);
        }
        if (CAMUNDA_NS.equals(namespace) && "property".equals(name)
                && (STEP_KIND.equals(element.getAttribute("name"))
                        || CUSTOMER_STAGE.equals(element.getAttribute("name")))
                && !element.getAttribute("value").matches("[A-Z][A-Z0-9_]{0,39}")) {
            violations.add(new ContractViolation(resource, id, element.getAttribute("name") + " '"
                    + element.getAttribute("value") + "' is not a code: upper-case letters, digits and _, at most "
                    + "40, such as WAREHOUSE"));
        }
        if (BPMN_NS.equals(namespace) && "userTask".equals(name)) {
            checkStep(element, resource, id, violations);
        }
        if ("constraint".equals(name) && "validator".equals(element.getAttribute("name"))) {
            violations.add(new ContractViolation(resource, id, describe(element) + " validator is not allowed: "
                    + "it names a class; use the built-in constraints (required, minlength, maxlength, min, max)"));
        }
        if (VARIABLE_WRITERS.contains(name)) {
            checkTarget(element.getAttribute("name"), resource, id, describe(element) + " name", violations);
            checkTarget(element.getAttribute("id"), resource, id, describe(element) + " id", violations);
        }
        checkAttributes(element, resource, id, violations);
        // The engine reads an element's text as one string, whatever comments or CDATA sections split it.
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                visit(childElement, resource, id, depth + 1, violations);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        if (!PROSE.contains(name)) {
            checkExpression(text.toString().trim(), resource, id, describe(element), violations);
        }
    }

    /**
     * {@code camunda:in}/{@code out} pass variables between a call activity and the process it calls — and nowhere
     * else: on a signal they would travel into every ticket's process that waits for it. Each is named: "all" would
     * carry which ticket a process is about and who acted without naming them.
     */
    private static void checkVariablePassing(Element element, String resource, String id,
            List<ContractViolation> violations) {
        Node parent = element.getParentNode();
        Node owner = parent == null ? null : parent.getParentNode();
        boolean onCallActivity = parent instanceof Element extensions
                && "extensionElements".equals(extensions.getLocalName())
                && owner instanceof Element activity && BPMN_NS.equals(activity.getNamespaceURI())
                && "callActivity".equals(activity.getLocalName());
        if (!onCallActivity) {
            violations.add(new ContractViolation(resource, id, describe(element) + " is allowed on a call activity "
                    + "only: passed with a signal, variables would reach every ticket's process"));
        }
        if (element.hasAttribute("variables")) {
            violations.add(new ContractViolation(resource, id, describe(element) + " variables=\""
                    + element.getAttribute("variables") + "\" is not allowed: name each variable passed"));
        }
    }

    private void checkTarget(String variable, String resource, String id, String where,
            List<ContractViolation> violations) {
        if (ModelExpressions.isExpression(variable)) {
            violations.add(new ContractViolation(resource, id, where + " names the variable it writes by an "
                    + "expression; variable names are plain names"));
        } else if (variable != null && protectedVariables.contains(variable.trim())) {
            violations.add(new ContractViolation(resource, id, where + " writes the variable '" + variable.trim()
                    + "', which only the application writes (which ticket, who acted); models may read it"));
        }
    }

    /** A user task is a journey step: its name and a literal team must fit the step's row (docs/processes.md). */
    private static void checkStep(Element task, String resource, String id, List<ContractViolation> violations) {
        if (task.getAttribute("name").length() > MAX_STEP_NAME) {
            violations.add(new ContractViolation(resource, id, "userTask name is longer than " + MAX_STEP_NAME
                    + " characters"));
        }
        String groups = task.getAttributeNS(CAMUNDA_NS, "candidateGroups");
        if (!ModelExpressions.isExpression(groups)) {
            for (String group : groups.split(",")) {
                if (group.strip().length() > MAX_TEAM) {
                    violations.add(new ContractViolation(resource, id, "userTask camunda:candidateGroups '"
                            + group.strip() + "' is longer than " + MAX_TEAM + " characters, which no team is"));
                }
            }
        }
    }

    /**
     * {@code <camunda:in source="ticketId" target="ticketId"/>}: a call activity hands the ticket on, unchanged, under
     * the same name — how a called building block learns which ticket it works for. Only the ticket: who acted
     * ({@code resolvedBy}, {@code confirmedBy}) is the application's to say in each process.
     */
    private static boolean passesOn(Element element, String attribute, String target) {
        return "target".equals(attribute) && CAMUNDA_NS.equals(element.getNamespaceURI())
                && "in".equals(element.getLocalName()) && !element.hasAttribute("sourceExpression")
                && JourneyNames.VAR_TICKET_ID.equals(target.trim())
                && element.getAttribute("source").trim().equals(target.trim());
    }

    private void checkAttributes(Element element, String resource, String id, List<ContractViolation> violations) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String where = describe(element) + " " + attribute.getName();
            String namespace = attribute.getNamespaceURI();
            boolean known = namespace == null || BPMN_NS.equals(namespace) || MODELER_NS.equals(namespace)
                    || XSI_NS.equals(namespace) && "type".equals(name)
                    || CAMUNDA_NS.equals(namespace) && CAMUNDA_ATTRIBUTES.contains(name);
            if (!known) {
                violations.add(new ContractViolation(resource, id, where + " is not allowed: a model uses BPMN "
                        + "attributes and these Camunda ones only: " + new TreeSet<>(CAMUNDA_ATTRIBUTES)));
                continue;
            }
            boolean engineType = "type".equals(name) && attribute.getNamespaceURI() != null
                    && ENGINE_NAMESPACES.contains(attribute.getNamespaceURI());
            if (FORBIDDEN_ATTRIBUTES.contains(name) || name.endsWith("Class")
                    || engineType && !EXTERNAL.equals(attribute.getValue().trim())) {
                violations.add(new ContractViolation(resource, id, where + (engineType ? "=\"" + attribute.getValue()
                        + "\"" : "") + " is not allowed: models name no classes, built-in task types, scripts, "
                        + "script languages, forms or business keys; use a process bean (" + expressions.beanNames()
                        + ") and camunda:formData"));
            } else if ("delegateExpression".equals(name)) {
                if (!expressions.namesABean(attribute.getValue())) {
                    violations.add(new ContractViolation(resource, id, where + " '" + attribute.getValue()
                            + "' must be ${beanName} naming a process bean: " + expressions.beanNames()));
                }
            } else {
                if (VARIABLE_TARGETS.contains(name) && !passesOn(element, name, attribute.getValue())) {
                    checkTarget(attribute.getValue(), resource, id, where, violations);
                }
                checkExpression(attribute.getValue(), resource, id, where, violations);
            }
        }
    }

    private void checkExpression(String text, String resource, String id, String where,
            List<ContractViolation> violations) {
        if (ModelExpressions.isExpression(text)) {
            expressions.check(text).forEach(problem ->
                    violations.add(new ContractViolation(resource, id, where + ": " + problem)));
        }
    }

    private static String describe(Element element) {
        return element.getPrefix() != null ? element.getPrefix() + ":" + element.getLocalName()
                : element.getLocalName();
    }

    /** A namespace-aware parser that refuses document type declarations, so no entity is ever resolved. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }
}
