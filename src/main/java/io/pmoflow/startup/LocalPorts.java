package io.pmoflow.startup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks, before an embedded server starts, that its port on this machine is free. */
public final class LocalPorts {

  private LocalPorts() {}

  /**
   * Fails with a {@link PortTakenException} naming the port and the setting when another program
   * listens on the port (0 = any free port, never taken).
   */
  public static void requireFree(int port, String setting, String listener) {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new PortTakenException(port, setting, listener, e);
    }
  }
}
