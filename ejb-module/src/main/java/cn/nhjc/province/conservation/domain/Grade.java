package cn.nhjc.province.conservation.domain;

/** The result of the target-responsibility assessment (节能目标责任评价考核). */
public enum Grade {
  EXCEEDED("超额完成"),
  COMPLETED("完成"),
  BASICALLY_COMPLETED("基本完成"),
  NOT_COMPLETED("未完成");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Grade ofLabel(String label) {
    for (Grade grade : values()) {
      if (grade.label.equals(label) || grade.name().equals(label)) {
        return grade;
      }
    }
    throw new IllegalArgumentException("no grade " + label);
  }
}
