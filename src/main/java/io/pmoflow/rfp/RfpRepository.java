package io.pmoflow.rfp;

import org.springframework.data.jpa.repository.JpaRepository;

interface RfpRepository extends JpaRepository<Rfp, Long> {
}
