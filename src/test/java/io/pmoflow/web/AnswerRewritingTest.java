package io.pmoflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AnswerRewritingTest {

  private final AnswerRewriting upperCase = new AnswerRewriting() {
    @Override
    protected boolean rewrites(HttpServletRequest request) {
      return request.getRequestURI().endsWith("/deployed-form");
    }

    @Override
    protected byte[] rewritten(byte[] answer) throws IOException {
      String text = new String(answer, StandardCharsets.UTF_8);
      if (!text.startsWith("{")) {
        throw new IOException("not JSON");
      }
      return text.replace("Title", "タイトル").getBytes(StandardCharsets.UTF_8);
    }
  };

  @Test
  void aSuccessfulAnswerIsRewrittenWithItsNewLength() throws Exception {
    MockHttpServletResponse response = serve("/engine-rest/task/1/deployed-form", 200, "{\"label\":\"Title\"}");

    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"label\":\"タイトル\"}");
    assertThat(response.getContentLength()).isEqualTo("{\"label\":\"タイトル\"}".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void otherAnswersPassAsTheyAre() throws Exception {
    assertThat(serve("/engine-rest/task/1/deployed-form", 404, "{\"label\":\"Title\"}").getContentAsString())
        .isEqualTo("{\"label\":\"Title\"}");
    assertThat(serve("/engine-rest/task/1/deployed-form", 200, "<form>Title</form>").getContentAsString())
        .isEqualTo("<form>Title</form>");
    assertThat(serve("/engine-rest/task/1", 200, "{\"label\":\"Title\"}").getContentAsString())
        .isEqualTo("{\"label\":\"Title\"}");
  }

  private MockHttpServletResponse serve(String path, int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    MockHttpServletResponse response = new MockHttpServletResponse();
    upperCase.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
      }
    }));
    return response;
  }
}
