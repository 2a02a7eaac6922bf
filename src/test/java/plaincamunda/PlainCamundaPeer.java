package plaincamunda;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plain Camunda 7.24 application the {@code PeerBenchmark} compares PMO Flow with: the Camunda
 * Spring Boot starters (engine, engine-rest, webapps) and nothing of PMO Flow, configured like it
 * (full history, authorization on, HTTP Basic on {@code /engine-rest}), with one process of the
 * same shape as a PMO Flow start: start event, a service task storing what the start sent, a user
 * task for a candidate group; and an onboarding doing the engine work of PMO Flow's
 * ({@link PeerOnboarding}). Requests come from {@code starter} (password {@code starter}), a
 * member of group {@code starters} that may start the process and nothing else.
 *
 * <p>Started in a JVM of its own by the benchmark, with the Camunda settings on its command line
 * (see {@code PeerBenchmark}); not a test. Its package is outside {@code io.pmoflow} so that PMO
 * Flow's test contexts, which scan that package, never pick it up.
 */
@SpringBootApplication
public class PlainCamundaPeer {

  static final String USER = "starter";
  static final String GROUP = "starters";
  static final String PROCESS = "peer-start";

  public static void main(String[] args) {
    SpringApplication.run(PlainCamundaPeer.class, args);
  }

  /** Camunda's documented way to authenticate engine-rest in a Spring Boot application. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @EventListener(ApplicationStartedEvent.class)
  void setUp(ApplicationStartedEvent event) {
    ProcessEngine engine = event.getApplicationContext().getBean(ProcessEngine.class);
    event.getApplicationContext().getBean(JdbcTemplate.class).execute(
        "create table if not exists peer_request (id bigserial primary key, title varchar(200), description varchar(4000),"
            + " process_instance_id varchar(64))");
    engine.getRepositoryService().createDeployment().name(PROCESS).enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/peer-start.bpmn").deploy();
    PeerOnboardingSteps.createTables(event.getApplicationContext().getBean(JdbcTemplate.class));
    engine.getRepositoryService().createDeployment().name(PeerOnboarding.PROCESS)
        .addModelInstance(PeerOnboarding.PROCESS + ".bpmn", PeerOnboarding.onboarding())
        .addModelInstance(PeerOnboarding.MEMBER_PROCESS + ".bpmn", PeerOnboarding.member()).deploy();
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(USER).count() == 0) {
      User user = identity.newUser(USER);
      user.setPassword(USER);
      identity.saveUser(user);
      Group group = identity.newGroup(GROUP);
      identity.saveGroup(group);
      identity.createMembership(USER, GROUP);
      identity.saveGroup(identity.newGroup(PeerOnboardingSteps.VENDORS_GROUP));
      AuthorizationService authorizations = engine.getAuthorizationService();
      for (String key : List.of(PROCESS, PeerOnboarding.PROCESS, PeerOnboarding.MEMBER_PROCESS)) {
        grant(authorizations, Resources.PROCESS_DEFINITION, key, Permissions.READ, Permissions.CREATE_INSTANCE);
      }
      grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  private static void grant(AuthorizationService authorizations, Resource resource, String id, Permission... permissions) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(GROUP);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
