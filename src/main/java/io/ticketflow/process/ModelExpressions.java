package io.ticketflow.process;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a model may do: read process variables ({@code ${assignedGroup}}), combine them with
 * literals and operators ({@code ${!resolutionAccepted}}, {@code ${priority == 'URGENT'}}), name a process bean
 * ({@code ${routeTicketDelegate}}) and call a public method that the process bean's own class declares
 * ({@code ${slaDueDates.at(execution, 'RESOLUTION_BREACH')}}). Nothing else: no property or index access on any
 * value ({@code execution.processEngineServices}, {@code x['class']}), no method of any other object
 * ({@code "".getClass()}), no functions. Parsed with the engine's own expression parser, so what is checked is
 * exactly what the engine would evaluate.
 */
final class ModelExpressions {

    /** The package whose classes' methods a model may call on a process bean. */
    static final String OWN_PACKAGE = "io.ticketflow.";

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);
    /** Far above what a model needs; keeps the parser's recursion small. */
    private static final int MAX_LENGTH = 2000;

    private final Map<String, Class<?>> beans;

    /** @param beans the process beans by name, with their own (not proxy) classes */
    ModelExpressions(Map<String, Class<?>> beans) {
        this.beans = Map.copyOf(beans);
    }

    /** True when the text holds an expression at all (anything else is a plain value to the engine). */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The reasons the expression is refused; empty when it keeps the contract. */
    List<String> check(String expression) {
        if (expression.length() > MAX_LENGTH) {
            return List.of("an expression of " + expression.length() + " characters is longer than the "
                    + MAX_LENGTH + " a model may hold");
        }
        Node root;
        try {
            root = PARSER.build(expression).getRoot();
        } catch (TreeBuilderException e) {
            return List.of("'" + expression + "' is not a valid expression: " + e.getMessage());
        } catch (StackOverflowError e) {
            return List.of("an expression nested too deeply to read");
        }
        List<String> problems = new ArrayList<>();
        visit(root, expression, problems);
        return problems;
    }

    /** True when the expression is exactly a process bean's name, as a delegate expression must be. */
    boolean namesABean(String expression) {
        String trimmed = expression.trim();
        return trimmed.startsWith("${") && trimmed.endsWith("}")
                && beans.containsKey(trimmed.substring(2, trimmed.length() - 1).trim());
    }

    Set<String> beanNames() {
        return new TreeSet<>(beans.keySet());
    }

    private void visit(Node node, String expression, List<String> problems) {
        if (node instanceof AstMethod) {
            checkCall(node, expression, problems);
            visit(node.getChild(1), expression, problems);
            return;
        }
        if (node instanceof AstProperty) {
            problems.add("'" + expression + "' reads a property of a value; expressions may only read process "
                    + "variables and call methods of the process beans");
            return;
        }
        if (node instanceof AstFunction function) {
            problems.add("'" + expression + "' calls the function " + function.getName()
                    + "(); expressions may only call methods of the process beans");
            return;
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i), expression, problems);
        }
    }

    private void checkCall(Node call, String expression, List<String> problems) {
        Node target = call.getChild(0);
        if (!(target instanceof AstDot dot) || !(dot.getChild(0) instanceof AstIdentifier bean)) {
            problems.add("'" + expression + "' calls a method of a value; only methods of the process beans "
                    + beanNames() + " may be called");
            return;
        }
        String method = methodName(dot);
        Class<?> type = beans.get(bean.getName());
        if (type == null) {
            problems.add("'" + expression + "' calls " + bean.getName() + "." + method + "(), but "
                    + bean.getName() + " is not a process bean; known: " + beanNames());
            return;
        }
        Set<String> callable = callableMethods(type);
        if (!callable.contains(method)) {
            problems.add("'" + expression + "' calls " + bean.getName() + "." + method + "(), which "
                    + bean.getName() + " does not offer to models; it offers " + callable);
        }
    }

    /** Public methods the bean's own classes declare (not Object's, not a framework's). */
    static Set<String> callableMethods(Class<?> type) {
        return Arrays.stream(type.getMethods())
                .filter(ModelExpressions::isCallable)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isCallable(Method method) {
        return !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass().getName().startsWith(OWN_PACKAGE);
    }

    private static String methodName(AstDot dot) {
        // AstDot prints itself as ". name"; the name is not otherwise public.
        return dot.toString().substring(1).trim();
    }
}
