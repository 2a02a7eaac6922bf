package io.pmoflow.rfp;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalFileContentRepository extends JpaRepository<ProposalFileContent, Long> {}
