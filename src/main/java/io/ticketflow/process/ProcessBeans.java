package io.ticketflow.process;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The beans a model may name — those annotated {@link ProcessBean} — as the read-only map the engine resolves
 * expressions against. Instances are fetched when an expression first asks (the delegates depend on engine services,
 * so they cannot exist before the engine); a name that is not a process bean is simply absent.
 */
final class ProcessBeans extends AbstractMap<Object, Object> {

    private final ListableBeanFactory beanFactory;
    private final Map<String, Class<?>> types;

    ProcessBeans(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
        Map<String, Class<?>> found = new TreeMap<>();
        for (String name : beanFactory.getBeanNamesForAnnotation(ProcessBean.class)) {
            found.put(name, ClassUtils.getUserClass(beanFactory.getType(name)));
        }
        RetiredProcessBeans.BEANS.forEach((name, bean) -> found.putIfAbsent(name, bean.getClass()));
        this.types = Map.copyOf(found);
    }

    /** The process beans' names with their own classes (not Spring's proxies), for the contract's checks. */
    Map<String, Class<?>> types() {
        return types;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String && types.containsKey(name);
    }

    @Override
    public Object get(Object name) {
        if (!containsKey(name)) {
            return null;
        }
        Object retired = RetiredProcessBeans.BEANS.get(name);
        return retired != null && !beanFactory.containsBean((String) name) ? retired
                : beanFactory.getBean((String) name);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        return types.keySet().stream()
                .map(name -> Map.entry((Object) name, get(name)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
