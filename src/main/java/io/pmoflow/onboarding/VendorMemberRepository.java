package io.pmoflow.onboarding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The queries that run for every onboarding are JPQL: Hibernate 6.6 keeps the plan of a JPQL
 * string, while it translates a derived query's criteria again on every call.
 */
public interface VendorMemberRepository extends JpaRepository<VendorMember, Long>, VendorMembersById {

  @Query("select m from VendorMember m where m.vendorId = :vendorId order by m.id")
  List<VendorMember> findByVendorIdOrderById(@Param("vendorId") Long vendorId);

  @Query("select m from VendorMember m where m.email = :email and m.status <> :status")
  List<VendorMember> findByEmailAndStatusNot(@Param("email") String email, @Param("status") MemberStatus status);

  @Query("select case when count(m) > 0 then true else false end from VendorMember m where m.username = :username")
  boolean existsByUsername(@Param("username") String username);

  java.util.Optional<VendorMember> findByActivationTokenHash(String hash);

  java.util.Optional<VendorMember> findByUsername(String username);
}
