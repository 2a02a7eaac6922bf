package io.pmoflow.models;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/** The names of the application's beans, found as Spring's component scan would find them. */
final class SpringBeanNames {

  private SpringBeanNames() {}

  static Set<String> in(String basePackage) {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new HashSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
      names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Bean.class)) {
          names.add(method.getName());
        }
      }
    }
    return names;
  }
}
