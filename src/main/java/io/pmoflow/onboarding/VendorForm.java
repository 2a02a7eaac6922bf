package io.pmoflow.onboarding;

import static io.pmoflow.pages.TypedValues.date;
import static io.pmoflow.pages.TypedValues.text;

import io.pmoflow.pages.FieldErrors;
import io.pmoflow.web.FullWidth;

/**
 * The vendor registration form of the pages, as typed (kept when the form is refused). {@link #read}
 * makes the API's {@link NewVendor}, whose rules then judge it.
 */
public class VendorForm {

  private String code = "";
  private String company = "";
  private String contractNumber = "";
  private String contractStart = "";
  private String contractEnd = "";
  private String ndaOnFile = "";
  private String sponsor = "";
  private String leadName = "";
  private String leadEmail = "";
  private String language = "";

  NewVendor read(FieldErrors errors, String notADate) {
    return new NewVendor(text(FullWidth.toHalfWidth(code)), text(company), text(contractNumber),
        date(contractStart, "contractStart", errors, notADate), date(contractEnd, "contractEnd", errors, notADate),
        "true".equals(ndaOnFile) || "on".equals(ndaOnFile), text(sponsor), text(leadName), text(leadEmail), text(language));
  }

  public String getCode() { return code; }
  public void setCode(String code) { this.code = code; }
  public String getCompany() { return company; }
  public void setCompany(String company) { this.company = company; }
  public String getContractNumber() { return contractNumber; }
  public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
  public String getContractStart() { return contractStart; }
  public void setContractStart(String contractStart) { this.contractStart = contractStart; }
  public String getContractEnd() { return contractEnd; }
  public void setContractEnd(String contractEnd) { this.contractEnd = contractEnd; }
  public String getNdaOnFile() { return ndaOnFile; }
  public void setNdaOnFile(String ndaOnFile) { this.ndaOnFile = ndaOnFile; }
  public String getSponsor() { return sponsor; }
  public void setSponsor(String sponsor) { this.sponsor = sponsor; }
  public String getLeadName() { return leadName; }
  public void setLeadName(String leadName) { this.leadName = leadName; }
  public String getLeadEmail() { return leadEmail; }
  public void setLeadEmail(String leadEmail) { this.leadEmail = leadEmail; }
  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
}
