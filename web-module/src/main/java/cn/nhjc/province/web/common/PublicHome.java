package cn.nhjc.province.web.common;

import cn.nhjc.province.registry.application.RegionDto;
import cn.nhjc.province.registry.application.RegionService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The public home page (index.xhtml). */
@Named
@RequestScoped
public class PublicHome {

  @EJB private RegionService regions;

  public List<RegionDto> getCities() {
    return regions.provinceRegions().stream().filter(r -> "city".equals(r.level())).toList();
  }
}
