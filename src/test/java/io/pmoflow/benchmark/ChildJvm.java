package io.pmoflow.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spring Boot application in a JVM of its own, started from this JVM's class path (filtered), on
 * a free port; its output goes to a log file. The benchmark measures each application's memory
 * apart, which one JVM holding both could not show.
 */
final class ChildJvm implements AutoCloseable {

  private static final Pattern KB = Pattern.compile("(\\d+) kB");

  final String name;
  final int port;
  final Process process;
  final Path log;

  private ChildJvm(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code mainClass} with the class path entries {@code keep} accepts and these arguments. */
  static ChildJvm start(String name, String mainClass, Predicate<String> keep, List<String> arguments) throws IOException {
    int port = freePort();
    String classPath = String.join(File.pathSeparator,
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(keep).toList());
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-cp", classPath, mainClass, "--server.port=" + port));
    command.addAll(arguments);
    Path log = Path.of("target/benchmarks/" + name + ".log");
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildJvm(name, port, process, log);
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Waits until {@code path} answers 200 to this Basic login (the application has set itself up). */
  void awaitReady(String path, String basicAuthorization, Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended on start; see " + log);
      }
      try {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", basicAuthorization).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
  }

  /** Resident memory now and at its peak (VmRSS, VmHWM), in MB. */
  long[] residentMegabytes() throws IOException {
    String status = Files.readString(Path.of("/proc/" + process.pid() + "/status"));
    return new long[] {kilobytes(status, "VmRSS") / 1024, kilobytes(status, "VmHWM") / 1024};
  }

  private static long kilobytes(String status, String field) {
    String line = status.lines().filter(l -> l.startsWith(field + ":")).findFirst().orElseThrow();
    Matcher matcher = KB.matcher(line);
    matcher.find();
    return Long.parseLong(matcher.group(1));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
