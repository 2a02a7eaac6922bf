package io.pmoflow.rfp;

import io.pmoflow.forms.ShownTexts;
import io.pmoflow.i18n.Text;
import io.pmoflow.web.PublicAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the decision forms show of the proposals: each vendor's price, summary and files
 * ({@code proposals}), and on the forms of those who may open the files (evaluators, the PMO's
 * moderation) a download link per file ({@code proposalFiles}, Markdown for the form's text).
 */
@Component
class ProposalTexts {

  static final String PROPOSALS = "proposals";
  static final String PROPOSAL_FILES = "proposalFiles";

  private final RfpProposalRepository proposals;
  private final ProposalFileRepository files;
  private final PublicAddress address;

  ProposalTexts(RfpProposalRepository proposals, ProposalFileRepository files, PublicAddress address) {
    this.proposals = proposals;
    this.files = files;
    this.address = address;
  }

  /** Puts the proposals' text (both languages) into a form's fields. */
  void putProposals(Map<String, Object> fields, Rfp rfp) {
    List<RfpProposal> all = proposals.findByRfpIdOrderById(rfp.getId());
    Map<Long, List<ProposalFile>> byProposal = filesByProposal(rfp);
    ShownTexts.put(fields, PROPOSALS, language -> all.stream()
        .map(p -> Text.of("rfp.text.proposal", RfpFormTexts.vendorName(rfp, p.getVendorCode()), p.getVendorCode(),
                RfpFormTexts.price(p.getPrice(), language),
                p.getSummary() == null || p.getSummary().isBlank() ? Text.of("rfp.text.none-given") : p.getSummary(),
                fileNames(byProposal.getOrDefault(p.getId(), List.of()), language))
            .in(language))
        .collect(Collectors.joining("\n\n")));
  }

  /** Puts the proposals and a download link per file (both languages) into a form's fields. */
  void putProposalsWithLinks(Map<String, Object> fields, Rfp rfp) {
    putProposals(fields, rfp);
    List<RfpProposal> all = proposals.findByRfpIdOrderById(rfp.getId());
    Map<Long, List<ProposalFile>> byProposal = filesByProposal(rfp);
    ShownTexts.put(fields, PROPOSAL_FILES, language -> all.isEmpty()
        ? Text.of("rfp.text.none").in(language)
        : all.stream()
            .map(p -> "- **" + Markdown.escape(RfpFormTexts.vendorName(rfp, p.getVendorCode())) + "**: "
                + links(byProposal.getOrDefault(p.getId(), List.of()), language))
            .collect(Collectors.joining("\n")));
  }

  private String links(List<ProposalFile> files, Locale language) {
    if (files.isEmpty()) {
      return Text.of("rfp.text.no-files").in(language);
    }
    return files.stream()
        .map(f -> "[" + Markdown.escape(f.getFileName()) + "](" + address.baseUrl() + ProposalView.path(f) + ") ("
            + ProposalFileCheck.readable(f.getSize()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String fileNames(List<ProposalFile> files, Locale language) {
    return files.isEmpty()
        ? Text.of("rfp.text.no-files").in(language)
        : files.stream().map(f -> f.getFileName() + " (" + ProposalFileCheck.readable(f.getSize()) + ")").collect(Collectors.joining(", "));
  }

  private Map<Long, List<ProposalFile>> filesByProposal(Rfp rfp) {
    return files.findByRfpIdOrderByProposalIdAscIdAsc(rfp.getId()).stream()
        .collect(Collectors.groupingBy(ProposalFile::getProposalId));
  }

  /** Text a vendor typed (a file name), made inert in Markdown: no link, emphasis or HTML of its own. */
  static final class Markdown {
    private Markdown() {}

    static String escape(String text) {
      StringBuilder out = new StringBuilder();
      for (char c : text.toCharArray()) {
        if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
      return out.toString();
    }
  }
}
