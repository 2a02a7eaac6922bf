package io.pmoflow.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A role on a system; holding it means being a member of its directory group. */
@Entity
@Table(name = "access_system_role")
public class SystemRole {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  @JoinColumn(name = "system_id", insertable = false, updatable = false)
  private AccessSystem system;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "access_level", nullable = false)
  private AccessLevel accessLevel;

  @Column(name = "directory_group", nullable = false)
  private String directoryGroup;

  protected SystemRole() {}

  SystemRole(String code, String name, AccessLevel accessLevel, String directoryGroup) {
    this.code = code;
    this.name = name;
    this.accessLevel = accessLevel;
    this.directoryGroup = directoryGroup;
  }

  void redefine(String name, AccessLevel accessLevel, String directoryGroup) {
    this.name = name;
    this.accessLevel = accessLevel;
    this.directoryGroup = directoryGroup;
  }

  public Long getId() {
    return id;
  }

  public AccessSystem getSystem() {
    return system;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public AccessLevel getAccessLevel() {
    return accessLevel;
  }

  public String getDirectoryGroup() {
    return directoryGroup;
  }
}
