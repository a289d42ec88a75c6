package io.ticketflow.process;

import java.beans.FeatureDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.util.ClassUtils;

/**
 * The only method calls the engine's expressions can make: a public method that a process bean's own class
 * declares, on an object of that class — the bean itself, the only such object a model can reach. The engine's usual resolver calls any method of any object (and so reaches
 * {@code Class.forName}, {@code Runtime}, the engine's services); this one resolves nothing else, so an expression
 * that slipped past the contract still cannot run code. It reads no properties either.
 */
final class ProcessBeanMethods extends ELResolver {

    private final Collection<Class<?>> beanTypes;

    ProcessBeanMethods(ProcessBeans beans) {
        this.beanTypes = Set.copyOf(beans.types().values());
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name)
                || !beanTypes.contains(ClassUtils.getUserClass(base))) {
            return null;
        }
        Object[] args = params == null ? new Object[0] : params;
        List<Method> candidates = Arrays.stream(ClassUtils.getUserClass(base).getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .filter(ModelExpressions::isCallable)
                .toList();
        if (candidates.size() != 1) {
            return null;
        }
        Method target = candidates.get(0);
        Object[] converted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            converted[i] = context.convertToType(args[i], target.getParameterTypes()[i]);
        }
        try {
            Object result = target.invoke(base, converted);
            context.setPropertyResolved(true);
            return result;
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Models write no properties.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
