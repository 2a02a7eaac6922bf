package io.pmoflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter that rewrites the answers (by default the successful ones) of some requests to the engine's APIs (Camunda's
 * own JAX-RS applications, closed to providers), e.g. to put a form's or a task's texts in the
 * reader's language. An answer it cannot read is passed on as it is.
 */
public abstract class AnswerRewriting extends OncePerRequestFilter {

  /** The status of the answers to rewrite: 200 unless said otherwise. */
  protected int rewrittenStatus() {
    return HttpServletResponse.SC_OK;
  }

  /** Whether this request's answer is one to rewrite. */
  protected abstract boolean rewrites(HttpServletRequest request);

  /** The answer as it is sent; throws {@link IOException} for an answer that is not the expected kind. */
  protected abstract byte[] rewritten(byte[] answer) throws IOException;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !rewrites(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, caching);
    if (caching.getStatus() == rewrittenStatus() && caching.getContentSize() > 0) {
      try {
        byte[] rewritten = rewritten(caching.getContentAsByteArray());
        caching.resetBuffer();
        caching.getOutputStream().write(rewritten);
      } catch (IOException notTheExpectedKind) {
        // passed on as it is
      }
    }
    caching.copyBodyToResponse();
  }
}
