package io.pmoflow.onboarding;

import io.pmoflow.i18n.Texts;
import io.pmoflow.listing.KnownParameters;
import io.pmoflow.listing.ListPage;
import io.pmoflow.listing.PageParameters;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Vendors, their onboarding, their team during the contract, and who has what access. */
@RestController
@RequestMapping("/api/vendors")
class VendorController {

  private final VendorService service;
  private final VendorList list;
  private final Texts texts;

  VendorController(VendorService service, VendorList list, Texts texts) {
    this.texts = texts;
    this.service = service;
    this.list = list;
  }

  @GetMapping
  @Operation(
      summary = "The vendors you may see, a page at a time, each with what its onboarding waits on, on whom, since when",
      description = "PMO and security see every vendor; a project manager the vendors they sponsor and those of the "
          + "projects they manage; a vendor's staff their own vendor. Sort fields: code, company, status, "
          + "contractStart, contractEnd, createdAt (default code,asc). An unknown parameter or a bad value is a 400 "
          + "problem naming the parameter.")
  ListPage<VendorListItem> list(
      @ParameterObject VendorListParameters filters, @ParameterObject PageParameters page, HttpServletRequest request) {
    KnownParameters.check(request, VendorListParameters.class, PageParameters.class);
    return list.page(VendorList.Query.read(filters, page));
  }

  @PostMapping
  ResponseEntity<VendorAccessView> register(@Valid @RequestBody NewVendor request) {
    Vendor vendor = service.register(request);
    return ResponseEntity.created(URI.create("/api/vendors/" + vendor.getId()))
        .body(VendorAccessView.of(vendor, java.util.List.of()));
  }

  @GetMapping("/{id}")
  VendorAccessView get(@PathVariable long id) {
    return service.access(id);
  }

  @PostMapping("/{id}/onboarding")
  ResponseEntity<Map<String, Object>> startOnboarding(
      @PathVariable long id, @Valid @RequestBody OnboardingRequest request) {
    Vendor vendor = service.startOnboarding(id, request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/vendors/" + id + "/access"))
        .body(Map.of("vendorId", vendor.getId(), "processInstanceId", vendor.getProcessInstanceId()));
  }

  @GetMapping("/{id}/access")
  VendorAccessView access(@PathVariable long id) {
    return service.access(id);
  }

  /** Who has what as a readable page, for the follow link (a browser asks for HTML). */
  @GetMapping(value = "/{id}/access", produces = org.springframework.http.MediaType.TEXT_HTML_VALUE)
  String accessPage(@PathVariable long id) {
    return service.access(id).page(texts.inRequestLanguage());
  }

  @PostMapping("/{id}/members")
  ResponseEntity<Map<String, Object>> addMember(@PathVariable long id, @Valid @RequestBody NewMember request) {
    VendorMember member = service.addMember(id, request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/vendors/" + id + "/access"))
        .body(Map.of("memberId", member.getId(), "username", member.getUsername()));
  }

  @DeleteMapping("/{id}/members/{memberId}")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void removeMember(@PathVariable long id, @PathVariable long memberId) {
    service.removeMember(id, memberId);
  }

  @PatchMapping("/{id}/contract")
  VendorAccessView extendContract(@PathVariable long id, @Valid @RequestBody ContractChange change) {
    service.extendContract(id, change);
    return service.access(id);
  }
}
