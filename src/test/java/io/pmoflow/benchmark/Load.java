package io.pmoflow.benchmark;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Closed-loop load: {@code connections} threads, each sending one request after the other over its
 * own HTTP/1.1 connection until the time is up or there is no next request.
 */
final class Load {

  /** One request, and what to do with the body of a 2xx answer (may be null). */
  record Call(HttpRequest request, Consumer<String> onSuccess) {}

  /** What one run did: requests that succeeded per second, latencies of all answers, failures. */
  record Result(int succeeded, int failed, double seconds, long[] sortedMicros, String firstFailure) {

    double perSecond() {
      return succeeded / seconds;
    }

    double percentileMillis(double p) {
      return sortedMicros.length == 0 ? Double.NaN
          : sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(p * sortedMicros.length) - 1)] / 1000.0;
    }
  }

  private Load() {}

  static Result run(int connections, Duration duration, Supplier<Call> next) throws InterruptedException {
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    for (int c = 0; c < connections; c++) {
      long[][] mine = {new long[1024]};
      int[] count = {0};
      latencies.add(null);
      int slot = c;
      Thread thread = new Thread(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Call call;
        while (System.nanoTime() < deadline && (call = next.get()) != null) {
          long t = System.nanoTime();
          try {
            HttpResponse<String> response = client.send(call.request(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
              succeeded.incrementAndGet();
              if (call.onSuccess() != null) {
                call.onSuccess().accept(response.body());
              }
            } else {
              failed.incrementAndGet();
              firstFailure.compareAndSet(null, response.statusCode() + " " + response.body());
            }
          } catch (Exception e) {
            failed.incrementAndGet();
            firstFailure.compareAndSet(null, e.toString());
          }
          if (count[0] == mine[0].length) {
            mine[0] = Arrays.copyOf(mine[0], count[0] * 2);
          }
          mine[0][count[0]++] = (System.nanoTime() - t) / 1000;
        }
        synchronized (latencies) {
          latencies.set(slot, Arrays.copyOf(mine[0], count[0]));
        }
      }, "load-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(succeeded.get(), failed.get(), seconds, all, firstFailure.get());
  }
}
