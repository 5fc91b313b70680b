package cn.nhjc.province.conservation.domain;

import cn.nhjc.province.platform.input.Quote;

/** An annual target, or a five-year plan's target (its year the plan's last year). */
public enum TargetTerm {
  ANNUAL("annual", "年度"),
  FIVE_YEAR("five-year", "五年");

  private final String code;
  private final String label;

  TargetTerm(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static TargetTerm of(String code) {
    if (code == null || code.isBlank()) {
      return ANNUAL;
    }
    for (TargetTerm term : values()) {
      if (term.code.equals(code) || term.label.equals(code)) {
        return term;
      }
    }
    throw new IllegalArgumentException("term must be annual or five-year: " + Quote.of(code));
  }
}
