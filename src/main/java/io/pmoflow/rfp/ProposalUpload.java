package io.pmoflow.rfp;

/** A file as a vendor sent it: the name it gave and the bytes, not yet checked. */
public record ProposalUpload(String name, byte[] content) {}
