package io.pmoflow.models;

import io.pmoflow.process.ModelElements;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/** The classes annotated with {@link ModelElements} under a package, main and test alike. */
final class ModelElementClasses {

  private ModelElementClasses() {}

  /**
   * @param basePackage where to look, e.g. {@code io.pmoflow}
   * @param excludedPackage a package left out (the check's own fixtures), or null
   */
  static List<Class<?>> in(String basePackage, String excludedPackage) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            // constants classes are final with a private constructor, or interfaces: not beans
            return definition.getMetadata().isIndependent();
          }
        };
    scanner.addIncludeFilter(new AnnotationTypeFilter(ModelElements.class));
    List<Class<?>> classes = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
      String name = candidate.getBeanClassName();
      if (excludedPackage == null || !name.startsWith(excludedPackage + ".")) {
        classes.add(ClassUtils.resolveClassName(name, ModelElementClasses.class.getClassLoader()));
      }
    }
    classes.sort(Comparator.comparing(Class::getName));
    return classes;
  }
}
