package cn.nhjc.province.web.gov.efficiency;

import cn.nhjc.province.efficiency.application.Efficiency;
import cn.nhjc.province.efficiency.application.EfficiencyViews;
import cn.nhjc.province.monitoring.domain.StatPeriod;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * A product's benchmark for officials (gov/efficiency/index.xhtml): per indicator the peers' box
 * plot, the policy-level shares of the scope (narrowed by region and industry) and the units of the
 * scope ranked by value.
 */
@Named
@RequestScoped
public class EfficiencyBenchmark extends EfficiencyPage {

  @EJB private Efficiency efficiency;

  private String product;
  private String region;
  private String industry;
  private List<Efficiency.Product> products = List.of();
  private List<EfficiencyViews.Benchmark> benchmarks = List.of();

  @Override
  protected void read(StatPeriod period) {
    products = efficiency.products();
    if ((product == null || product.isBlank()) && !products.isEmpty()) {
      product = products.get(0).code();
    }
    benchmarks = efficiency.benchmark(product, null, industry, period, region);
  }

  public List<Efficiency.Product> getProducts() {
    return products;
  }

  public List<EfficiencyViews.Benchmark> getBenchmarks() {
    return benchmarks;
  }

  public String getBoxJson() {
    return EfficiencyCharts.benchmarks(benchmarks);
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }
}
