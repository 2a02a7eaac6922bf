package io.pmoflow.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VendorMemberRepository extends JpaRepository<VendorMember, Long>, VendorMembersById {

  List<VendorMember> findByVendorIdOrderById(Long vendorId);

  List<VendorMember> findByEmailAndStatusNot(String email, MemberStatus status);

  boolean existsByUsername(String username);

  java.util.Optional<VendorMember> findByActivationTokenHash(String hash);

  java.util.Optional<VendorMember> findByUsername(String username);
}
