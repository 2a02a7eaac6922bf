package io.pmoflow.rfp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A file as a vendor sent it: the name it gave and the bytes, not yet checked. */
public record ProposalUpload(String name, byte[] content) {

  /** The files of a multipart request (API or page); the empty part a browser sends when no file was chosen is no file. */
  static List<ProposalUpload> of(List<MultipartFile> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
        .map(ProposalUpload::of)
        .toList();
  }

  static ProposalUpload of(MultipartFile file) {
    try {
      return new ProposalUpload(file.getOriginalFilename(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read an uploaded file", e);
    }
  }
}
