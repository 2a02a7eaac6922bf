package io.pmoflow.support;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A vendor's proposal sent as the API takes it: multipart/form-data with the price, a summary and files. */
public final class Proposals {

  private Proposals() {}

  /** One file to upload: its name and bytes. */
  public record Upload(String name, byte[] content) {}

  public static Upload file(String name, byte[] content) {
    return new Upload(name, content);
  }

  /** Submits the proposal as the user (a vendor's staff), with the files; answers what the API answered. */
  public static ResponseEntity<Map> submit(TestRestTemplate http, String user, long rfpId, String price, String summary, Upload... files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("price", price);
    body.add("summary", summary);
    for (Upload file : files) {
      body.add("files", part(file));
    }
    return Api.as(http, user).postForEntity("/api/rfps/" + rfpId + "/proposals", multipart(body), Map.class);
  }

  /** Adds files to a proposal ({@code POST …/files}). */
  public static ResponseEntity<Map> add(TestRestTemplate http, String user, String proposalPath, Upload... files) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    for (Upload file : files) {
      body.add("files", part(file));
    }
    return Api.as(http, user).postForEntity(proposalPath + "/files", multipart(body), Map.class);
  }

  /** Replaces one file ({@code PUT …/files/{id}}). */
  public static ResponseEntity<Map> replace(TestRestTemplate http, String user, String filePath, Upload file) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", part(file));
    return Api.as(http, user).exchange(filePath, HttpMethod.PUT, multipart(body), Map.class);
  }

  /** A proposal with one small real PDF, as most journeys send it. */
  public static ResponseEntity<Map> submitWithPdf(TestRestTemplate http, String user, long rfpId, String price, String summary) {
    return submit(http, user, rfpId, price, summary, file("proposal.pdf", TestFiles.pdf("Proposal of " + user)));
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private static HttpEntity<ByteArrayResource> part(Upload file) {
    HttpHeaders headers = new HttpHeaders();
    // what a client declares is ignored: the server finds the type in the content
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    return new HttpEntity<>(new ByteArrayResource(file.content()) {
      @Override
      public String getFilename() {
        return file.name();
      }
    }, headers);
  }
}
