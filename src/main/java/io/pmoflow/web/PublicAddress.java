package io.pmoflow.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The address people use to reach PMO Flow ({@code pmoflow.base-url}): every link in a mail or a
 * form starts with it. At start-up it says in the log which address links will use, and warns when
 * that address points at this machine on another port than the one the server listens on (a start
 * with another {@code server.port} but the base URL left at its default).
 */
@Component
public class PublicAddress {

  static final String SETTING = "pmoflow.base-url";
  private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

  private final String baseUrl;

  public PublicAddress(@Value("${" + SETTING + "}") String baseUrl) {
    this.baseUrl = stripTrailingSlash(baseUrl.trim());
  }

  /** The configured address, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The task opened in Tasklist. */
  public String tasklistTask(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** Tasklist's search for the tasks of one case, by its business key (CR-12, RFP-3, a vendor's code). */
  public String tasklistCase(String businessKey) {
    return baseUrl + "/camunda/app/tasklist/default/#/?searchQuery="
        + URLEncoder.encode(
            "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + businessKey + "\"}]",
            StandardCharsets.UTF_8);
  }

  @EventListener
  void serverStarted(WebServerInitializedEvent event) {
    if (event.getApplicationContext().getServerNamespace() != null) {
      return; // the management server, if any, is not where people go
    }
    int port = event.getWebServer().getPort();
    String mismatch = mismatch(port);
    if (mismatch == null) {
      LOG.info("Links in mails and forms use {} (setting {})", baseUrl, SETTING);
    } else {
      LOG.warn("Links in mails and forms use {}, {} (setting {}, environment PMOFLOW_BASE_URL)", baseUrl, mismatch, SETTING);
    }
  }

  /** Why the address cannot reach a server on this port, or null when it may. */
  String mismatch(int serverPort) {
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      return "which is not a valid URL: set it to the address people open in their browser";
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      return "which is not an absolute http(s) URL: set it to the address people open in their browser";
    }
    String host = uri.getHost();
    boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    int linkPort = uri.getPort() != -1 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    if (local && linkPort != serverPort) {
      return "but this server listens on port " + serverPort
          + ": links will not reach it; set it to the address people open in their browser";
    }
    return null;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
