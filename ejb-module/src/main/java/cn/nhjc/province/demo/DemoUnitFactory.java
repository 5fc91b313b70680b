package cn.nhjc.province.demo;

import cn.nhjc.province.registry.domain.CreditCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds one demo unit from its own Random; knows nothing about the other units but names. */
final class DemoUnitFactory {

  /** Share of units whose link broke: they send nothing from {@link #SILENT_DAYS} days ago. */
  static final double SILENT_SHARE = 0.02;

  static final int SILENT_DAYS = 5;

  /** Dictionary 16 codes: state-owned, limited and joint-stock, private, foreign-invested. */
  private static final String[] ECONOMIC_TYPES = {"110", "151", "159", "160", "173", "310", "340"};

  private static final double[] ECONOMIC_TYPE_WEIGHTS = {0.08, 0.10, 0.30, 0.20, 0.22, 0.04, 0.06};

  /** Key equipment kinds (EE of the dataCode) common to all industries (GB 17167 appendix). */
  private static final String[][] EQUIPMENT_KINDS = {
    {"01", "电动机"},
    {"02", "风机"},
    {"03", "水泵"},
    {"04", "空气压缩机"},
    {"05", "工业锅炉"},
    {"06", "变压器"},
    {"07", "工业窑炉"}
  };

  private final DemoProvinceInput input;
  private final List<IndustryProfile> profiles;
  private final NameMaker names = new NameMaker();

  DemoUnitFactory(DemoProvinceInput input, List<IndustryProfile> profiles) {
    this.input = input;
    this.profiles = profiles;
  }

  DemoUnit build(int index, Random random) {
    List<DemoCity> cities = input.cities();
    double cityPick = random.nextDouble();
    // the first units visit every city once, so that each city has at least one unit
    DemoCity city = index < cities.size() ? cities.get(index) : cityWeightedByCounties(cityPick);
    String county = city.countyCodes().get(random.nextInt(city.countyCodes().size()));
    IndustryProfile profile = pickProfile(random.nextDouble());
    double logMin = Math.log(profile.minTce());
    double logMax = Math.log(profile.maxTce());
    // sizes are spread evenly on a log scale: many mid-sized plants, few giants
    long tce = Math.round(Math.exp(logMin + (logMax - logMin) * random.nextDouble()));
    BigDecimal annualTce = BigDecimal.valueOf(tce).setScale(2, RoundingMode.UNNECESSARY);
    List<DemoEnergyShare> mix = energyMix(profile, random);
    String economicType = economicType(random.nextDouble());
    String organizationBody = String.format("%02d%06d", 10 + random.nextInt(90), index);
    String creditCode = CreditCodes.enterpriseCode(county, organizationBody);
    List<DemoUnit.DemoProcess> processes = processes(profile, random);
    List<DemoStructureNode> structure = structure(processes, random);
    List<DemoCollectItem> items = CollectItemPlan.itemsOf(annualTce, mix, processes, random);
    List<DemoMeter> meters = MeterPlan.metersOf(mix, processes, input.today(), random);
    LocalDate silentFrom =
        random.nextDouble() < SILENT_SHARE ? input.today().minusDays(SILENT_DAYS) : null;
    long readingSeed = random.nextLong();
    String name = names.unitName(profile.namePattern(), city.name(), random);
    // drawn last, so that everything drawn before stays as it was without these items
    DemoIndicators indicators = IndicatorPlan.draw(profile, mix, input.energyTypes(), random);
    items.addAll(IndicatorPlan.itemsOf(annualTce, mix, indicators));
    return new DemoUnit(
        index,
        creditCode,
        name,
        county,
        city.code(),
        profile.industryCode(),
        economicType,
        annualTce,
        null,
        null,
        mix,
        processes,
        structure,
        items,
        meters,
        silentFrom,
        readingSeed,
        indicators);
  }

  private DemoCity cityWeightedByCounties(double pick) {
    int total = 0;
    for (DemoCity city : input.cities()) {
      total += city.countyCodes().size();
    }
    double target = pick * total;
    for (DemoCity city : input.cities()) {
      target -= city.countyCodes().size();
      if (target < 0) {
        return city;
      }
    }
    return input.cities().get(input.cities().size() - 1);
  }

  private IndustryProfile pickProfile(double pick) {
    double total = profiles.stream().mapToDouble(IndustryProfile::share).sum();
    double target = pick * total;
    for (IndustryProfile profile : profiles) {
      target -= profile.share();
      if (target < 0) {
        return profile;
      }
    }
    return profiles.get(profiles.size() - 1);
  }

  /** The profile's mix limited to known energy types, varied ±10 % per unit and renormalised. */
  private List<DemoEnergyShare> energyMix(IndustryProfile profile, Random random) {
    List<DemoEnergyType> types = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    double total = 0;
    for (IndustryProfile.MixEntry entry : profile.energyMix()) {
      double weight = entry.tceShare() * (0.9 + 0.2 * random.nextDouble());
      DemoEnergyType type = input.energyTypes().get(entry.energyTypeCode());
      if (type != null) {
        types.add(type);
        weights.add(weight);
        total += weight;
      }
    }
    List<DemoEnergyShare> mix = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      mix.add(new DemoEnergyShare(types.get(i), weights.get(i) / total));
    }
    return mix;
  }

  private static String economicType(double pick) {
    double target = pick;
    for (int i = 0; i < ECONOMIC_TYPES.length; i++) {
      target -= ECONOMIC_TYPE_WEIGHTS[i];
      if (target < 0) {
        return ECONOMIC_TYPES[i];
      }
    }
    return ECONOMIC_TYPES[ECONOMIC_TYPES.length - 1];
  }

  /**
   * The profile's processes with their share of the plant's electricity; the shares sum to 78–92 %,
   * the rest being lighting, offices and other auxiliaries without a process meter.
   */
  private static List<DemoUnit.DemoProcess> processes(IndustryProfile profile, Random random) {
    double metered = 0.78 + 0.14 * random.nextDouble();
    double[] weights = new double[profile.processes().size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.5 + random.nextDouble();
      total += weights[i];
    }
    List<DemoUnit.DemoProcess> processes = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      IndustryProfile.ProcessEntry entry = profile.processes().get(i);
      processes.add(
          new DemoUnit.DemoProcess(entry.code(), entry.name(), metered * weights[i] / total));
    }
    return processes;
  }

  /** Plant (scope 1), processes (scope 2) and one or two key equipments per process (scope 4). */
  private static List<DemoStructureNode> structure(
      List<DemoUnit.DemoProcess> processes, Random random) {
    List<DemoStructureNode> nodes = new ArrayList<>();
    nodes.add(new DemoStructureNode(DemoStructureNode.PLANT_KEY, null, 1, "00", "全厂"));
    int equipmentNumber = 0;
    for (DemoUnit.DemoProcess process : processes) {
      String processKey = DemoStructureNode.processKey(process.code());
      nodes.add(
          new DemoStructureNode(
              processKey, DemoStructureNode.PLANT_KEY, 2, process.code(), process.name()));
      int count = 1 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        String[] kind = EQUIPMENT_KINDS[random.nextInt(EQUIPMENT_KINDS.length)];
        equipmentNumber++;
        String code = kind[0] + String.format("%02d", equipmentNumber);
        nodes.add(
            new DemoStructureNode(
                processKey + "/" + code,
                processKey,
                4,
                code,
                process.name() + (i + 1) + "号" + kind[1]));
      }
    }
    return nodes;
  }
}
