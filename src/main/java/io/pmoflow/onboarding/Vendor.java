package io.pmoflow.onboarding;

import io.pmoflow.i18n.Languages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A vendor under contract, whose staff need access to internal systems while the contract runs. */
@Entity
@Table(name = "vendor")
public class Vendor {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String company;

  @Column(name = "contract_number", nullable = false)
  private String contractNumber;

  @Column(name = "contract_start", nullable = false)
  private LocalDate contractStart;

  @Column(name = "contract_end", nullable = false)
  private LocalDate contractEnd;

  @Column(name = "nda_on_file", nullable = false)
  private boolean ndaOnFile;

  /** The internal sponsor: the project manager (group pm) responsible for this vendor. */
  @Column(nullable = false)
  private String sponsor;

  @Column(name = "lead_name", nullable = false)
  private String leadName;

  @Column(name = "lead_email", nullable = false)
  private String leadEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VendorStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  /** The language tag, {@code ja} or {@code en}, of the vendor's staff. */
  @Column(nullable = false)
  private String language;

  protected Vendor() {}

  Vendor(NewVendor request, Locale language, String createdBy, Instant createdAt) {
    this.code = request.code().toLowerCase(java.util.Locale.ROOT);
    this.company = request.company();
    this.contractNumber = request.contractNumber();
    this.contractStart = request.contractStart();
    this.contractEnd = request.contractEnd();
    this.ndaOnFile = request.ndaOnFile();
    this.sponsor = request.sponsor();
    this.leadName = request.leadName();
    this.leadEmail = request.leadEmail();
    this.status = VendorStatus.REGISTERED;
    this.language = Languages.supported(language).getLanguage();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The language of the vendor's staff: their account activation mails are written in it. */
  public Locale language() {
    return Languages.supported(language);
  }

  void startOnboarding(String processInstanceId) {
    this.processInstanceId = processInstanceId;
    this.status = VendorStatus.ACTIVE;
  }

  void recordNda() {
    this.ndaOnFile = true;
  }

  void extendContract(LocalDate newEnd) {
    this.contractEnd = newEnd;
  }

  /**
   * A further award to this vendor: the new contract's number applies, and the contract runs until
   * the later of the two ends (it never shortens what was agreed).
   */
  void renewContract(String newContractNumber, LocalDate newEnd) {
    this.contractNumber = newContractNumber;
    if (newEnd.isAfter(this.contractEnd)) {
      this.contractEnd = newEnd;
    }
  }

  void end() {
    this.status = VendorStatus.ENDED;
  }

  void close() {
    this.status = VendorStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getCompany() {
    return company;
  }

  public String getContractNumber() {
    return contractNumber;
  }

  public LocalDate getContractStart() {
    return contractStart;
  }

  public LocalDate getContractEnd() {
    return contractEnd;
  }

  public boolean isNdaOnFile() {
    return ndaOnFile;
  }

  public String getSponsor() {
    return sponsor;
  }

  public String getLeadName() {
    return leadName;
  }

  public String getLeadEmail() {
    return leadEmail;
  }

  public VendorStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String group() {
    return io.pmoflow.security.PmoGroups.vendorGroup(code);
  }
}
