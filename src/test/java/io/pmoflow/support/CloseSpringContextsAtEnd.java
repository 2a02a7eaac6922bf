package io.pmoflow.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Closes the cached Spring test contexts when the test run ends, before the JVM's shutdown hooks
 * run. Otherwise the embedded PostgreSQL's own shutdown hook stops the server while the engine is
 * still closing, and the JVM hangs for 30 s at exit.
 */
public class CloseSpringContextsAtEnd implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    new DefaultCacheAwareContextLoaderDelegate() {
      void closeAll() {
        getContextCache().reset();
      }
    }.closeAll();
  }
}
