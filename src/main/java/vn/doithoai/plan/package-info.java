/**
 * Plans and conferences: the yearly plan (kế hoạch) and its approval and publication,
 * each conference's life from draft to announcement (and postponement or cancellation),
 * its deadlines, its public page and notice, and the yearly compliance view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kế hoạch và hội nghị")
package vn.doithoai.plan;
