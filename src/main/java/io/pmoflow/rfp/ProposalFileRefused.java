package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import io.pmoflow.web.ApiException;
import org.springframework.http.HttpStatus;

/** A proposal file refused, in plain words naming the file: too large (413), of a kind not accepted (415), empty or misnamed (400). */
class ProposalFileRefused extends ApiException {

  private ProposalFileRefused(HttpStatus status, Text detail) {
    super(status, status.getReasonPhrase(), detail.inRequestLanguage());
  }

  static ProposalFileRefused tooLarge(Text detail) {
    return new ProposalFileRefused(HttpStatus.PAYLOAD_TOO_LARGE, detail);
  }

  static ProposalFileRefused wrongKind(Text detail) {
    return new ProposalFileRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
  }

  static ProposalFileRefused invalid(Text detail) {
    return new ProposalFileRefused(HttpStatus.BAD_REQUEST, detail);
  }
}
