package uk.nhs.cohortcoach.platform.test.messages;

import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request bodies of a service's controllers and what Bean Validation checks in them, read from the
 * classes themselves (so a new endpoint or field is covered the day it is written), and the order a
 * person meets their fields in: declaration order, nested and list fields by their path.
 */
final class RequestBodies {

    /** A {@code @RequestBody} parameter: the controller method, the body's Java type and the name Spring binds it under. */
    record Body(String endpoint, Class<?> type, String objectName) {
    }

    /** One constraint on one field: its path as Spring names fields ({@code actions[0].title}) and the constraint. */
    record Constrained(Body body, String field, ConstraintDescriptor<?> constraint) {
        String constraintName() {
            return constraint.getAnnotation().annotationType().getSimpleName();
        }
    }

    private RequestBodies() {
    }

    static List<Body> of(String rootPackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        List<Body> bodies = new ArrayList<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(rootPackage)) {
            Class<?> controller = ClassUtils.resolveClassName(definition.getBeanClassName(), RequestBodies.class.getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                for (int i = 0; i < method.getParameterCount(); i++) {
                    MethodParameter parameter = new MethodParameter(method, i);
                    if (parameter.hasParameterAnnotation(RequestBody.class)) {
                        Class<?> type = elementClass(parameter.getGenericParameterType());
                        if (type != null) {
                            bodies.add(new Body(controller.getSimpleName() + "#" + method.getName(), type,
                                    Conventions.getVariableNameForParameter(parameter)));
                        }
                    }
                }
            }
        }
        bodies.sort(Comparator.comparing(Body::endpoint));
        return bodies;
    }

    /** Every constraint Bean Validation checks in a body, cascading where it cascades, in declaration order. */
    static List<Constrained> constraints(Validator validator, Body body) {
        List<Constrained> found = new ArrayList<>();
        walk(validator, body, body.type(), "", found, new ArrayList<>());
        return found;
    }

    private static void walk(Validator validator, Body body, Class<?> type, String path, List<Constrained> found, List<Class<?>> within) {
        if (within.contains(type)) {
            return;
        }
        within.add(type);
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        for (ConstraintDescriptor<?> constraint : bean.getConstraintDescriptors()) {
            add(found, body, path, constraint);
        }
        Map<String, PropertyDescriptor> properties = new LinkedHashMap<>();
        for (String name : declaredNames(type)) {
            PropertyDescriptor property = bean.getConstraintsForProperty(name);
            if (property != null) {
                properties.put(name, property);
            }
        }
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            properties.putIfAbsent(property.getPropertyName(), property); // @AssertTrue methods and the like, after the fields
        }
        for (PropertyDescriptor property : properties.values()) {
            String field = path.isEmpty() ? property.getPropertyName() : path + "." + property.getPropertyName();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                add(found, body, field, constraint);
            }
            Type declared = declaredType(type, property.getPropertyName());
            for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
                String item = field + (Map.class.isAssignableFrom(property.getElementClass()) ? "[key]" : "[0]");
                for (ConstraintDescriptor<?> constraint : element.getConstraintDescriptors()) {
                    add(found, body, item, constraint);
                }
                if (element.isCascaded() && elementClass(declared) != null) {
                    walk(validator, body, elementClass(declared), item, found, within);
                }
            }
            if (property.isCascaded()) {
                Class<?> nested = elementClass(declared);
                boolean container = declared instanceof ParameterizedType || property.getElementClass().isArray();
                if (nested != null) {
                    walk(validator, body, nested, container ? field + "[0]" : field, found, within);
                }
            }
        }
        within.remove(type);
    }

    private static void add(List<Constrained> found, Body body, String field, ConstraintDescriptor<?> constraint) {
        found.add(new Constrained(body, field, constraint));
        if (!constraint.isReportAsSingleViolation()) {
            for (ConstraintDescriptor<?> composing : constraint.getComposingConstraints()) {
                add(found, body, field, composing);
            }
        }
    }

    /** The Java names of a type's properties in declaration order: a record's components, a class's fields from its superclass down. */
    static List<String> declaredNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return names;
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /** The generic type of a declared property, or null for one that is only a method (an {@code @AssertTrue isX()}). */
    static Type declaredType(Class<?> owner, String name) {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getGenericType();
                }
            }
        }
        for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name).getGenericType();
            } catch (NoSuchFieldException notHere) {
                // look further up
            }
        }
        return null;
    }

    /** The bean class a value of this type holds or is made of: a list's, set's, optional's element, a map's value, an array's component. */
    static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isArray() ? plain.getComponentType() : plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw) || Optional.class == raw) {
                return elementClass(arguments[0]);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return elementClass(arguments[1]);
            }
            return raw;
        }
        return null;
    }



    static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");
}
