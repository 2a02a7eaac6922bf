package io.pmoflow.evaluation;

import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tool evaluations: requested by the PMO or a PM, read by the people involved. */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationController {

  private final EvaluationRequests requests;
  private final EvaluationRecommendations recommendations;

  EvaluationController(EvaluationRequests requests, EvaluationRecommendations recommendations) {
    this.requests = requests;
    this.recommendations = recommendations;
  }

  @PostMapping
  ResponseEntity<EvaluationView.Created> request(@RequestBody NewEvaluation request) {
    Evaluation evaluation = requests.request(request);
    return ResponseEntity.created(URI.create("/api/evaluations/" + evaluation.id()))
        .body(new EvaluationView.Created(evaluation.id(), evaluation.key(), evaluation.processInstanceId(), evaluation.status().name()));
  }

  @GetMapping("/{id}")
  EvaluationView get(@PathVariable long id) {
    return requests.view(id);
  }

  /** The latest recommendation, "which option fits, and why", as PDF. */
  @GetMapping("/{id}/recommendation")
  ResponseEntity<byte[]> recommendation(@PathVariable long id) {
    requests.view(id);
    var version = recommendations.latest(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("EV-" + id + "-recommendation-v" + version.getVersion() + ".pdf").build().toString())
        .body(version.getPdf());
  }
}
