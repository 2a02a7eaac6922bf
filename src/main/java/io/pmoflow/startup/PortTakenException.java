package io.pmoflow.startup;

/** A port PMO Flow must listen on is held by another program; names the setting that moves it. */
public class PortTakenException extends RuntimeException {

  private final int port;
  private final String setting;
  private final String listener;

  public PortTakenException(int port, String setting, String listener, Throwable cause) {
    super(listener + " cannot listen on port " + port + ": it is already in use (setting " + setting + ")", cause);
    this.port = port;
    this.setting = setting;
    this.listener = listener;
  }

  public int port() {
    return port;
  }

  public String setting() {
    return setting;
  }

  public String listener() {
    return listener;
  }
}
