package cn.nhjc.province.web.gov.registry;

import cn.nhjc.province.registry.application.UnitDto;
import cn.nhjc.province.registry.application.UnitService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The list of key units (gov/units.xhtml and ent/index.xhtml), paged on the server. */
@Named
@ViewScoped
public class UnitList implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private UnitService service;

  private String region;
  private String industry;

  private final LazyDataModel<UnitDto> units =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) service.count(region, industry);
        }

        @Override
        public List<UnitDto> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return service.list(region, industry, first / pageSize, pageSize);
        }

        @Override
        public String getRowKey(UnitDto unit) {
          return unit.creditCode();
        }
      };

  public LazyDataModel<UnitDto> getUnits() {
    return units;
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
