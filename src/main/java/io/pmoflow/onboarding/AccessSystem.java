package io.pmoflow.onboarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An internal system in the catalogue, with its sensitivity and the roles one can hold on it. */
@Entity
@Table(name = "access_system")
public class AccessSystem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sensitivity sensitivity;

  private String description;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "system_id", nullable = false)
  @OrderBy("code")
  private List<SystemRole> roles = new ArrayList<>();

  protected AccessSystem() {}

  AccessSystem(String code, String name, Sensitivity sensitivity, String description) {
    this.code = code;
    this.name = name;
    this.sensitivity = sensitivity;
    this.description = description;
  }

  void describe(String name, Sensitivity sensitivity, String description) {
    this.name = name;
    this.sensitivity = sensitivity;
    this.description = description;
  }

  void addRole(SystemRole role) {
    roles.add(role);
  }

  public Optional<SystemRole> role(String roleCode) {
    return roles.stream().filter(r -> r.getCode().equals(roleCode)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public Sensitivity getSensitivity() {
    return sensitivity;
  }

  public String getDescription() {
    return description;
  }

  public List<SystemRole> getRoles() {
    return roles;
  }
}
