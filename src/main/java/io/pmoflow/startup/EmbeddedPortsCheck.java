package io.pmoflow.startup;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Before any bean is made, checks that the ports of the embedded servers (mail, directory) are
 * free, so a taken one stops the start with a {@link PortTakenException} that {@link
 * PortInUseFailureAnalyzer} turns into one plain message. (Checked this early because these servers
 * are otherwise first started while Tomcat starts its filters, where the cause is lost.) The web
 * server's own port is reported by Spring Boot's {@code PortInUseException}.
 */
@Component
public class EmbeddedPortsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (environment.getProperty("pmoflow.mail.embedded-server.enabled", Boolean.class, false)) {
      check("pmoflow.mail.embedded-server.smtp-port", "The embedded mail server (SMTP)");
      check("pmoflow.mail.embedded-server.imap-port", "The embedded mail server (IMAP)");
    }
    if (environment.getProperty("pmoflow.directory.embedded-server.enabled", Boolean.class, false)) {
      check("pmoflow.directory.embedded-server.port", "The embedded account directory (LDAP)");
    }
  }

  private void check(String setting, String listener) {
    LocalPorts.requireFree(environment.getProperty(setting, Integer.class, 0), setting, listener);
  }
}
