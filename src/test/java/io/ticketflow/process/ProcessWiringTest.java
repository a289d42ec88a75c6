package io.ticketflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Checks every file in {@code processes/} against the Java side and reports every problem at once: the process
 * contract that guards every deployment (scripts, classes, expressions reaching beyond the process beans),
 * delegates the engine could not reach, delegate beans no process uses, and constants of {@link TicketLifecycle}
 * that name nothing in the BPMN.
 */
class ProcessWiringTest {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private static final Map<String, BpmnModelInstance> models = new HashMap<>();
    private static final Set<String> delegateBeans = new HashSet<>();
    private static final Map<String, Class<?>> processBeans = new HashMap<>();

    @BeforeAll
    static void readProcessesAndBeans() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
            }
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JavaDelegate.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(TaskListener.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(ExecutionListener.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.ticketflow")) {
            if (AnnotationUtils.findAnnotation(type(candidate), Component.class) != null) {
                delegateBeans.add(beanName(candidate)); // a Spring bean, not a helper the engine is handed directly
            }
        }
        ClassPathScanningCandidateComponentProvider annotated = new ClassPathScanningCandidateComponentProvider(false);
        annotated.addIncludeFilter(new AnnotationTypeFilter(ProcessBean.class));
        for (BeanDefinition candidate : annotated.findCandidateComponents("io.ticketflow")) {
            processBeans.put(beanName(candidate), type(candidate));
        }
    }

    @Test
    void theProcessesFolderHoldsValidBpmn() {
        assertThat(models).containsKey("ticket-lifecycle.bpmn");
        models.values().forEach(Bpmn::validateModel);
    }

    @Test
    void everyFileKeepsTheProcessContractThatGuardsDeployments() throws IOException {
        ProcessContract contract = ProcessContract.of(processBeans);
        List<ContractViolation> violations = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                violations.addAll(contract.check("processes/" + file.getFileName(), Files.readAllBytes(file)));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyJourneyTheJourneysTableNamesIsAProcessOfTheFolder() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("rules/journeys.drl.csv"));
        int titles = lines.indexOf(lines.stream().filter(l -> l.startsWith("Row")).findFirst().orElseThrow());
        Set<String> named = new HashSet<>();
        for (String row : lines.subList(titles + 1, lines.size())) {
            String[] cells = row.split(",", -1);
            if (!row.isBlank() && !cells[cells.length - 1].isBlank()) {
                named.add(cells[cells.length - 1].strip());
            }
        }
        Set<String> processKeys = new HashSet<>();
        models.values().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(p -> processKeys.add(p.getId())));

        assertThat(named).as("journeys the table names").isNotEmpty();
        assertThat(processKeys).as("process keys of processes/ (the table names a journey no file defines: the "
                + "application would refuse to start)").containsAll(named);
    }

    @Test
    void everyDelegateAndListenerIsAProcessBeanTheEngineCanReach() {
        assertThat(processBeans.keySet()).as("delegates and listeners not annotated @ProcessBean")
                .containsAll(delegateBeans);
    }

    @Test
    void everyDelegateBeanIsUsedByAProcess() {
        Set<String> used = new HashSet<>();
        models.values().forEach(model -> allElements(model).forEach(element -> {
            String expression = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
            if (expression == null) {
                expression = element.getAttributeValue("delegateExpression");
            }
            if (expression != null) {
                Matcher bean = BEAN_EXPRESSION.matcher(expression);
                if (bean.matches()) {
                    used.add(bean.group(1));
                }
            }
        }));
        assertThat(delegateBeans).as("delegate beans used by no process").isSubsetOf(used);
    }

    @Test
    void everyConstantOfTheLifecycleNamesSomethingInTheBpmn() throws IllegalAccessException {
        Set<String> ids = new HashSet<>();
        Set<String> messageNames = new HashSet<>();
        Set<String> processKeys = new HashSet<>();
        List<String> expressions = new ArrayList<>();
        for (BpmnModelInstance model : models.values()) {
            allElements(model).forEach(e -> expressions.add(e.getTextContent()));
            model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
            model.getModelElementsByType(Message.class).forEach(m -> messageNames.add(m.getName()));
            model.getModelElementsByType(Process.class).forEach(p -> processKeys.add(p.getId()));
        }
        List<String> problems = new ArrayList<>();
        for (Field field : JourneyNames.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
                continue;
            }
            String name = field.getName();
            String value = (String) field.get(null);
            boolean found = name.startsWith("MSG_") ? messageNames.contains(value)
                    : name.equals("PROCESS_KEY") ? processKeys.contains(value)
                    : name.startsWith("BEAN_") ? expressions.stream().anyMatch(e -> e.contains("${" + value + "."))
                    : name.startsWith("VAR_") || ids.contains(value);
            if (!found) {
                problems.add(name + " = " + value + " names nothing in processes/");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Collection<ModelElementInstance> allElements(BpmnModelInstance model) {
        List<ModelElementInstance> all = new ArrayList<>();
        collect(model.getDocumentElement(), (ModelInstanceImpl) model, all);
        return all;
    }

    private static void collect(ModelElementInstance element, ModelInstanceImpl model,
            List<ModelElementInstance> into) {
        into.add(element);
        for (DomElement child : element.getDomElement().getChildElements()) {
            collect(ModelUtil.getModelElement(child, model), model, into);
        }
    }

    private static Class<?> type(BeanDefinition candidate) {
        try {
            return Class.forName(candidate.getBeanClassName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String beanName(BeanDefinition candidate) {
        try {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Component component = type.getAnnotation(Component.class);
            return component != null && !component.value().isEmpty() ? component.value()
                    : Introspector.decapitalize(type.getSimpleName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
