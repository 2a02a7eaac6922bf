package io.pmoflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements that HTTP requests send to the database while {@link #record} runs:
 * the application's data source is wrapped so that every statement prepared on a request thread
 * (Tomcat's {@code http-nio-*}) is noted with its SQL. Import it into a test to count statements.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

  private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
  private static volatile boolean recording;

  /** Runs the work and answers the SQL of every statement requests prepared meanwhile, in order. */
  public static List<String> record(Runnable work) {
    RECORDED.clear();
    recording = true;
    try {
      work.run();
    } finally {
      recording = false;
    }
    return List.copyOf(RECORDED);
  }

  @Bean
  static BeanPostProcessor recordStatements() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && beanName.equals("dataSource") ? new Recording(dataSource) : bean;
      }
    };
  }

  /** Closes like the pool it wraps, so the context's destroy method still finds {@code close}. */
  static final class Recording extends DelegatingDataSource implements AutoCloseable {

    Recording(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return recorded(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return recorded(super.getConnection(user, password));
    }

    @Override
    public void close() throws Exception {
      if (getTargetDataSource() instanceof AutoCloseable pool) {
        pool.close();
      }
    }

    private static Connection recorded(Connection connection) {
      return (Connection) Proxy.newProxyInstance(
          Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            String name = method.getName();
            if (recording && Thread.currentThread().getName().startsWith("http-nio")
                && (name.equals("prepareStatement") || name.equals("prepareCall")
                    || name.equals("createStatement"))) {
              RECORDED.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : name);
            }
            try {
              return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
              throw e.getTargetException();
            }
          });
    }
  }
}
