package io.pmoflow.onboarding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.Session;

class VendorMembersByIdImpl implements VendorMembersById {

  @PersistenceContext
  private EntityManager entityManager;

  @Override
  public List<VendorMember> findLoadedOrById(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager.unwrap(Session.class).byMultipleIds(VendorMember.class).enableSessionCheck(true).multiLoad(ids);
  }
}
