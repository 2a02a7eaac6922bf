package io.pmoflow.rfp;

/** A file that passed {@link ProposalFileCheck}: a clean name, its kind by content, its bytes and their SHA-256. */
record CheckedFile(String name, ProposalFileKind kind, byte[] content, String sha256) {}
