package io.pmoflow.rfp;

import io.pmoflow.i18n.Text;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Checks each file a vendor uploads before anything is stored: a name, not empty, not larger than
 * a file may be, of an accepted kind whose content is what its name says; and the proposal as a
 * whole not over its file count or total size. Every refusal names the file.
 */
@Component
@EnableConfigurationProperties(ProposalFileLimits.class)
class ProposalFileCheck {

  static final int MAX_NAME_LENGTH = 200;

  private final ProposalFileLimits limits;

  ProposalFileCheck(ProposalFileLimits limits) {
    this.limits = limits;
  }

  CheckedFile check(ProposalUpload upload) {
    String name = cleanName(upload.name());
    byte[] content = upload.content();
    if (content == null || content.length == 0) {
      throw ProposalFileRefused.invalid(Text.of("rfp.file.empty", name));
    }
    if (content.length > limits.maxFileSize().toBytes()) {
      throw ProposalFileRefused.tooLarge(
          Text.of("rfp.file.too-large", name, readable(content.length), readable(limits.maxFileSize().toBytes())));
    }
    ProposalFileKind kind = ProposalFileKind.byName(name)
        .orElseThrow(() -> ProposalFileRefused.wrongKind(Text.of("rfp.file.kind-not-accepted", name, ProposalFileKind.acceptedExtensions())));
    if (!kind.matches(content)) {
      throw ProposalFileRefused.wrongKind(Text.of("rfp.file.content-not-kind", name, extension(name)));
    }
    return new CheckedFile(name, kind, content, sha256(content));
  }

  /** The proposal after the change: {@code kept} files stay, {@code added} come; refused if too many or too large together. */
  void checkProposal(List<ProposalFile> kept, List<CheckedFile> added) {
    int count = kept.size() + added.size();
    if (count > limits.maxFiles()) {
      throw ProposalFileRefused.tooLarge(Text.of("rfp.file.too-many", limits.maxFiles(), count));
    }
    long total = kept.stream().mapToLong(ProposalFile::getSize).sum() + added.stream().mapToLong(f -> f.content().length).sum();
    if (total > limits.maxProposalSize().toBytes()) {
      throw ProposalFileRefused.tooLarge(
          Text.of("rfp.file.proposal-too-large", readable(total), readable(limits.maxProposalSize().toBytes())));
    }
    for (int i = 0; i < added.size(); i++) {
      CheckedFile file = added.get(i);
      boolean taken = kept.stream().anyMatch(k -> k.getFileName().equalsIgnoreCase(file.name()))
          || added.subList(0, i).stream().anyMatch(earlier -> earlier.name().equalsIgnoreCase(file.name()));
      if (taken) {
        throw ProposalFileRefused.invalid(Text.of("rfp.file.duplicate-name", file.name()));
      }
    }
  }

  /** The name without any folder a browser or client put before it, without control characters. */
  static String cleanName(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      throw ProposalFileRefused.invalid(Text.of("rfp.file.no-name"));
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw ProposalFileRefused.invalid(Text.of("rfp.file.name-too-long", name.substring(0, 40) + "…", MAX_NAME_LENGTH));
    }
    return name;
  }

  /** A size as people read it: 820 bytes, 14.2 KB, 3.1 MB. */
  static String readable(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
